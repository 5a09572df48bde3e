package cn.chegu.viewer.ogc;

import cn.chegu.viewer.store.StoredFeature;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * Selects a page of items: bbox (envelope test, then exact intersection), equality filters on
 * queryables (compared in Java, never as SQL), then {@code offset}/{@code limit} over the
 * collection's stable order. Because the order is fixed, pages of the same query never overlap and
 * together hold every matched item once.
 */
public final class ItemSelection {

  private ItemSelection() {}

  /**
   * @throws OgcException 400 when a filter names no queryable or its value has the wrong type
   */
  public static ItemPage select(List<StoredFeature> features, ItemQuery query) {
    Map<String, Queryable> queryables =
        Queryable.of(features).stream()
            .collect(Collectors.toMap(Queryable::name, Function.identity()));
    for (Map.Entry<String, String> filter : query.filters().entrySet()) {
      Queryable q = queryables.get(filter.getKey());
      if (q == null) {
        throw OgcException.invalidParameter(
            filter.getKey(),
            "unknown parameter; allowed: the standard ones and the queryables "
                + queryables.keySet());
      }
      q.check(filter.getValue());
    }
    PreparedGeometry box =
        query.bbox() == null
            ? null
            : PreparedGeometryFactory.prepare(new GeometryFactory().toGeometry(query.bbox()));
    List<StoredFeature> matched = new ArrayList<>();
    for (StoredFeature f : features) {
      if (box != null && !intersects(box, f.geometry())) {
        continue;
      }
      boolean ok = true;
      for (Map.Entry<String, String> filter : query.filters().entrySet()) {
        ok &=
            queryables
                .get(filter.getKey())
                .matches(f.properties().get(filter.getKey()), filter.getValue());
      }
      if (ok) {
        matched.add(f);
      }
    }
    int from = Math.min(query.offset(), matched.size());
    int to = Math.min(matched.size(), from + query.limit());
    return new ItemPage(matched.subList(from, to), matched.size(), query.offset(), query.limit());
  }

  private static boolean intersects(PreparedGeometry box, Geometry g) {
    return box.getGeometry().getEnvelopeInternal().intersects(g.getEnvelopeInternal())
        && box.intersects(g);
  }
}
