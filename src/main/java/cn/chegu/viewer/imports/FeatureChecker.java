package cn.chegu.viewer.imports;

import cn.chegu.viewer.io.Crs;
import cn.chegu.viewer.io.SourceFeature;
import cn.chegu.viewer.store.StoredFeature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * Turns one read feature into a stored one, or says why not: mapping, 2D check, CRS transform,
 * geometry type for the layer, validity (repaired only when asked), distance from the zone, and the
 * {@link LayerRules}.
 */
final class FeatureChecker {

  /** Metres per degree of latitude (and of longitude at the equator), for distances to the zone. */
  private static final double METERS_PER_DEGREE = 111_320;

  private final String layer;
  private final String expectedType;
  private final Crs crs;
  private final ColumnMapping mapping;
  private final Envelope zone;
  private final double nearZoneMeters;
  private final boolean repair;
  private final String file;

  /** The outcome: a feature, or problems (and maybe warnings either way). */
  record Checked(StoredFeature feature, List<ImportProblem> problems, List<String> warnings) {}

  FeatureChecker(
      String layer,
      String expectedType,
      Crs crs,
      ColumnMapping mapping,
      Envelope zone,
      double nearZoneMeters,
      boolean repair,
      String file) {
    this.layer = layer;
    this.expectedType = expectedType;
    this.crs = crs;
    this.mapping = mapping;
    this.zone = zone;
    this.nearZoneMeters = nearZoneMeters;
    this.repair = repair;
    this.file = file;
  }

  Checked check(SourceFeature source) {
    List<ImportProblem> problems = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    Map<String, Object> properties = new LinkedHashMap<>(mapping.apply(source.properties()));
    String id = source.id();
    if (properties.get("id") != null && !properties.get("id").toString().isBlank()) {
      id = properties.get("id").toString();
    }
    String label = "feature " + source.index() + (id == null ? "" : " (id " + id + ")");
    if (source.problem() != null) {
      problems.add(problem(label, "geometry", source.problem()));
    }
    Geometry g = source.geometry();
    if (source.problem() == null && (g == null || g.isEmpty())) {
      problems.add(problem(label, "geometry", "no geometry"));
    }
    Geometry lonLat = null;
    if (g != null && !g.isEmpty()) {
      if (hasZ(g)) {
        problems.add(
            problem(
                label,
                "geometry",
                "has Z coordinates (3D); layers are 2D — export with ogr2ogr -dim XY"));
      }
      lonLat = shape(crs.toWgs84(g), label, problems, warnings);
    }
    for (String[] p : LayerRules.check(layer, properties)) {
      problems.add(problem(label, p[0], p[1]));
    }
    if (!problems.isEmpty()) {
      return new Checked(null, problems, warnings);
    }
    properties.put("id", id);
    return new Checked(new StoredFeature(layer, id, lonLat, properties), problems, warnings);
  }

  /** Distance in metres from the zone's bounding box to {@code e} (0 inside). */
  double metersFromZone(Envelope e) {
    if (zone == null) {
      return 0;
    }
    double dx = Math.max(0, Math.max(zone.getMinX() - e.getMaxX(), e.getMinX() - zone.getMaxX()));
    double dy = Math.max(0, Math.max(zone.getMinY() - e.getMaxY(), e.getMinY() - zone.getMaxY()));
    double cos = Math.cos(Math.toRadians(zone.centre().y));
    return Math.hypot(dx * METERS_PER_DEGREE * cos, dy * METERS_PER_DEGREE);
  }

  private Geometry shape(
      Geometry g, String label, List<ImportProblem> problems, List<String> warnings) {
    Geometry out = g;
    if (out instanceof GeometryCollection c
        && c.getNumGeometries() == 1
        && !out.getGeometryType().equals("GeometryCollection")) {
      out = c.getGeometryN(0); // a multi-part of one part is that part
      out.setSRID(4326);
    }
    String type = out.getGeometryType();
    String base = type.startsWith("Multi") ? type.substring(5) : type;
    if (expectedType != null && !base.equals(expectedType)) {
      problems.add(
          problem(
              label,
              "geometry",
              "is a " + type + "; layer " + layer + " holds " + expectedType + "s"));
      return out;
    }
    if (!out.isValid()) {
      TopologyValidationError error = new IsValidOp(out).getValidationError();
      if (repair) {
        out = GeometryFixer.fix(out);
        out.setSRID(4326);
        warnings.add(label + ": invalid geometry repaired (" + error.getMessage() + ")");
      } else {
        Coordinate at = error.getCoordinate();
        problems.add(
            problem(
                label,
                "geometry",
                "invalid: "
                    + error.getMessage()
                    + (at == null
                        ? ""
                        : String.format(java.util.Locale.ROOT, " at %.6f, %.6f", at.x, at.y))
                    + " (repair=true repairs it)"));
        return out;
      }
    }
    double away = metersFromZone(out.getEnvelopeInternal());
    if (away > nearZoneMeters) {
      problems.add(
          problem(
              label,
              "geometry",
              String.format(java.util.Locale.ROOT, "lies %.1f km from the zone", away / 1000)));
    }
    return out;
  }

  private static boolean hasZ(Geometry g) {
    for (Coordinate c : g.getCoordinates()) {
      if (!Double.isNaN(c.getZ()) && c.getZ() != 0) {
        return true;
      }
    }
    return false;
  }

  private ImportProblem problem(String label, String field, String message) {
    return new ImportProblem(file, label, field, message);
  }
}
