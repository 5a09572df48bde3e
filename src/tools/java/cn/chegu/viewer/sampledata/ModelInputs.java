package cn.chegu.viewer.sampledata;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * The hand-digitised (schematic) shapes the model reads, from the data directory: the layers {@code
 * zone}, {@code subdistricts}, {@code water}, {@code layout}, {@code parks}, {@code transport}, the
 * hand-placed features of {@code facilities} (those whose {@code source} is not {@code modelled})
 * and {@code model-inputs/seats.geojson} (each sub-district's seat, its reference centre). These
 * files are the source of truth: a planner edits them (e.g. in QGIS) and re-runs the tool.
 */
record ModelInputs(
    Polygon zone,
    List<Feature> subdistricts,
    List<Feature> water,
    List<Feature> layout,
    List<Feature> parks,
    List<Feature> transport,
    List<Feature> placedFacilities,
    List<Feature> seats) {

  /** The {@code source} of a feature the tool makes; features with another source are data. */
  static final String MODELLED = "modelled";

  static final String SEATS = "model-inputs/seats.geojson";

  static ModelInputs read(Path dir) {
    List<Feature> zone = layer(dir, "zone.geojson");
    if (zone.size() != 1 || !(zone.get(0).geometry() instanceof Polygon outline)) {
      throw new IllegalArgumentException(dir + "/zone.geojson: needs exactly one Polygon feature");
    }
    List<Feature> facilities = new ArrayList<>();
    for (Feature f : layer(dir, "facilities.geojson")) {
      if (!MODELLED.equals(f.properties().get("source"))) {
        facilities.add(f);
      }
    }
    List<Feature> seats = layer(dir, SEATS);
    for (Feature s : seats) {
      if (!(s.geometry() instanceof Point)) {
        throw new IllegalArgumentException(dir + "/" + SEATS + ": " + s.id() + " is not a Point");
      }
    }
    return new ModelInputs(
        outline,
        layer(dir, "subdistricts.geojson"),
        layer(dir, "water.geojson"),
        layer(dir, "layout.geojson"),
        layer(dir, "parks.geojson"),
        layer(dir, "transport.geojson"),
        facilities,
        seats);
  }

  private static List<Feature> layer(Path dir, String file) {
    Path p = dir.resolve(file);
    if (!Files.isRegularFile(p)) {
      throw new IllegalArgumentException("missing input " + p);
    }
    return GeoJsonFiles.read(p);
  }

  /** The core and cluster polygons of the layout (lon/lat): the built-up area. */
  List<Geometry> builtUp() {
    List<Geometry> out = new ArrayList<>();
    for (Feature f : layout) {
      Object el = f.properties().get("element");
      if ("core".equals(el) || "cluster".equals(el)) {
        out.add(f.geometry());
      }
    }
    return out;
  }

  /** The lakes only, in metres. */
  Geometry lakesMetric() {
    return Geo.GF
        .buildGeometry(
            water.stream()
                .filter(f -> "lake".equals(f.properties().get("kind")))
                .map(f -> Geo.toMetric(f.geometry()))
                .toList())
        .union();
  }

  /** The sub-district names ({@code name_zh}) in file order. */
  List<String> subdistrictNames() {
    return subdistricts.stream().map(f -> (String) f.properties().get("name_zh")).toList();
  }

  /** The seat (reference centre) of sub-district {@code nameZh}, lon/lat. */
  Point seat(String nameZh) {
    return seats.stream()
        .filter(s -> nameZh.equals(s.properties().get("subdistrict")))
        .map(s -> (Point) s.geometry())
        .findFirst()
        .orElseThrow(
            () -> new IllegalArgumentException(SEATS + ": no seat of sub-district " + nameZh));
  }
}
