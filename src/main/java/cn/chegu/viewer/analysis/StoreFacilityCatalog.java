package cn.chegu.viewer.analysis;

import cn.chegu.viewer.facility.Facility;
import cn.chegu.viewer.facility.FacilityCatalog;
import cn.chegu.viewer.facility.FacilityType;
import cn.chegu.viewer.store.FeatureStore;
import cn.chegu.viewer.store.StoredFeature;
import java.util.List;
import org.locationtech.jts.geom.Point;
import org.springframework.stereotype.Component;

/** The baseline facilities: the {@code facilities} layer of the store, read on every call. */
@Component
class StoreFacilityCatalog implements FacilityCatalog {

  static final String LAYER = "facilities";

  private final FeatureStore store;

  StoreFacilityCatalog(FeatureStore store) {
    this.store = store;
  }

  @Override
  public List<Facility> all() {
    return store.allFeatures(LAYER).stream().map(StoreFacilityCatalog::facility).toList();
  }

  static Facility facility(StoredFeature f) {
    Point p = f.geometry().getInteriorPoint();
    Object capacity = f.properties().get("capacity");
    Object status = f.properties().get("status");
    Object source = f.properties().get("source");
    return new Facility(
        f.id(),
        FacilityType.fromCode(String.valueOf(f.properties().get("type"))),
        f.nameZh(),
        f.nameEn(),
        p.getX(),
        p.getY(),
        capacity instanceof Number n ? n.intValue() : null,
        status == null ? null : status.toString(),
        source == null ? null : source.toString());
  }
}
