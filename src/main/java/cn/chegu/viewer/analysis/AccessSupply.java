package cn.chegu.viewer.analysis;

import cn.chegu.viewer.access.AccessType;
import cn.chegu.viewer.access.SupplyPoint;
import cn.chegu.viewer.area.AreaScope;
import cn.chegu.viewer.facility.FacilitySet;
import cn.chegu.viewer.store.StoredFeature;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;

/**
 * Facilities of the store as supply points: the features of one type in one facility set, with the
 * capacity the data give ({@code capacity}, {@code capacity_source}) or, when they give none, the
 * type's assumed capacity, labelled modelled.
 *
 * <p>A capacity counts as <b>modelled</b> when its {@code capacity_source} starts with "modelled"
 * or "assumed", or when the data give no capacity at all; a capacity without {@code
 * capacity_source} is taken as reported by the data. The source's Chinese form is the data's {@code
 * capacity_source_zh} (the type's own for an assumed capacity); none when the data give none.
 */
final class AccessSupply {

  private AccessSupply() {}

  static List<SupplyPoint> of(List<StoredFeature> features, AccessType type, FacilitySet set) {
    GeometryFactory factory = new GeometryFactory();
    List<SupplyPoint> out = new ArrayList<>();
    for (StoredFeature f : features) {
      Object status = f.properties().get("status");
      if (!type.code().equals(String.valueOf(f.properties().get("type")))
          || !set.includes(status == null ? null : status.toString())) {
        continue;
      }
      Point lonLat = f.geometry().getInteriorPoint();
      Point p =
          factory.createPoint(
              AreaScope.current().projection().toMetric(lonLat.getX(), lonLat.getY()));
      String name = f.nameZh() != null ? f.nameZh() : f.nameEn();
      Object capacity = f.properties().get("capacity");
      Object source = f.properties().get("capacity_source");
      Object sourceZh = f.properties().get("capacity_source_zh");
      if (capacity instanceof Number n && n.doubleValue() >= 0) {
        String s = source == null ? "data: capacity (no capacity_source given)" : source.toString();
        String zh =
            source == null
                ? "数据：capacity（未给出 capacity_source）"
                : sourceZh == null ? "" : sourceZh.toString();
        out.add(new SupplyPoint(f.id(), name, p, n.doubleValue(), modelled(s), s, zh));
      } else {
        out.add(
            new SupplyPoint(
                f.id(),
                name,
                p,
                type.fallbackCapacity(),
                true,
                type.fallbackSource(),
                type.fallbackSourceZh()));
      }
    }
    return out;
  }

  private static boolean modelled(String source) {
    String s = source.toLowerCase(Locale.ROOT);
    return s.startsWith("modelled") || s.startsWith("assumed");
  }
}
