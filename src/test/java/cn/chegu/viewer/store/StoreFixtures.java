package cn.chegu.viewer.store;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/**
 * Two tiny layers drawn by hand (lon/lat):
 *
 * <pre>
 *  30.50  +-------+            line-1 runs diagonally from (114.05 30.50) to (114.20 30.35);
 *         | sq-1  |  \         sq-1 is the square 114.10..114.15 x 30.45..30.50 (name 常福工业园);
 *  30.45  +-------+   \        sq-2 the square 114.20..114.25 x 30.35..30.40;
 *                      \       pt-1 a point at (114.12 30.43).
 *  30.35                +--- sq-2
 *       114.10  114.15  114.20
 * </pre>
 */
final class StoreFixtures {

  private static final WKTReader WKT =
      new WKTReader(new GeometryFactory(new PrecisionModel(), 4326));

  private StoreFixtures() {}

  static Geometry wkt(String text) {
    try {
      return WKT.read(text);
    } catch (ParseException e) {
      throw new IllegalArgumentException(text, e);
    }
  }

  static StoredFeature feature(String layer, String id, String wkt, Object... keyValues) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("id", id);
    for (int i = 0; i < keyValues.length; i += 2) {
      properties.put((String) keyValues[i], keyValues[i + 1]);
    }
    return new StoredFeature(layer, id, wkt(wkt), properties);
  }

  static LayerDefinition definition(String id, String group) {
    return new LayerDefinition(
        id, id + " title", id + " 标题", group, "test", "CC0-1.0", true, false, "notes");
  }

  static List<LayerContent> twoLayers() {
    return List.of(
        new LayerContent(
            definition("parks", "parks"),
            List.of(
                feature(
                    "parks",
                    "sq-1",
                    "POLYGON ((114.10 30.45, 114.15 30.45, 114.15 30.50, 114.10 30.50, 114.10 30.45))",
                    "name_zh",
                    "常福工业园",
                    "name_en",
                    "Changfu Industrial Park",
                    "park_no",
                    1,
                    "accuracy_m",
                    300.5,
                    "code",
                    null),
                feature(
                    "parks",
                    "sq-2",
                    "POLYGON ((114.20 30.35, 114.25 30.35, 114.25 30.40, 114.20 30.40, 114.20 30.35))",
                    "name_zh",
                    "军山产业园",
                    "name_en",
                    "Junshan Park 100%_A"))),
        new LayerContent(
            definition("transport", "transport"),
            List.of(
                feature(
                    "transport",
                    "line-1",
                    "LINESTRING (114.05 30.50, 114.20 30.35)",
                    "name_en",
                    "Metro Line 16",
                    "oneway",
                    true),
                feature("transport", "pt-1", "POINT (114.12 30.43)", "name_zh", "军山站"))));
  }
}
