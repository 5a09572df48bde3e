package cn.chegu.viewer.siting;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * The land rules: where a new facility may stand. One component, used for generated candidates,
 * given candidates, a dragged site and a scenario's added or moved facility. All geometry is in the
 * area's metric CRS (metres). A point is refused, first rule first, when it
 *
 * <ol>
 *   <li>{@link Rule#BOUNDARY}: is not covered by the boundary (the area's {@code zone}; a point on
 *       the edge is inside);
 *   <li>{@link Rule#WATER}: is covered by a water polygon;
 *   <li>{@link Rule#EXCLUSION}: is covered by an exclusion polygon (the area's {@code exclusion}
 *       layer: ecological belts, protected land, anything the planner drew or imported there);
 *   <li>{@link Rule#SPACING}: lies closer than the minimum spacing, straight-line metres, to an
 *       existing facility of the same type (only when a spacing is asked for, and only for the type
 *       being sited).
 * </ol>
 *
 * Immutable; {@link #withSpacing} gives a copy with the spacing rule.
 */
public final class SiteRules {

  /** The rules, in the order they are checked. */
  public enum Rule {
    BOUNDARY("boundary"),
    WATER("water"),
    EXCLUSION("exclusion"),
    SPACING("spacing");

    private final String code;

    Rule(String code) {
      this.code = code;
    }

    /** The rule's name in answers. */
    public String code() {
      return code;
    }
  }

  /** A polygon no facility may stand in, with its name (zh, en; either may be the other). */
  public record Exclusion(String nameZh, String nameEn, Geometry area) {}

  /** An existing facility a new one of the same type keeps its distance from. */
  public record Existing(String type, String name, Coordinate at) {}

  /** Why a point is refused, in both languages. */
  public record Refusal(Rule rule, String message, String messageZh) {}

  /** A rule as the answers state it. */
  public record Stated(String rule, String text, String textZh) {}

  private static final GeometryFactory GEOMETRY = new GeometryFactory();

  private final PreparedGeometry boundary;
  private final PreparedGeometry water;
  private final List<Exclusion> exclusions;
  private final List<PreparedGeometry> preparedExclusions;
  private final STRtree exclusionIndex;
  private final double spacingMeters;
  private final Map<String, STRtree> existingByType;
  private final int existingCount;

  /**
   * @param boundary the area's boundary
   * @param water water polygons (may be empty)
   * @param exclusions exclusion polygons (may be empty)
   */
  public SiteRules(Geometry boundary, Geometry water, List<Exclusion> exclusions) {
    this(
        PreparedGeometryFactory.prepare(boundary),
        PreparedGeometryFactory.prepare(water == null ? GEOMETRY.createPolygon() : water),
        List.copyOf(exclusions),
        0,
        List.of());
  }

  private SiteRules(
      PreparedGeometry boundary,
      PreparedGeometry water,
      List<Exclusion> exclusions,
      double spacingMeters,
      List<Existing> existing) {
    this.boundary = boundary;
    this.water = water;
    this.exclusions = exclusions;
    this.preparedExclusions = new ArrayList<>(exclusions.size());
    this.exclusionIndex = new STRtree();
    for (int i = 0; i < exclusions.size(); i++) {
      Geometry g = exclusions.get(i).area();
      preparedExclusions.add(PreparedGeometryFactory.prepare(g));
      exclusionIndex.insert(g.getEnvelopeInternal(), i);
    }
    exclusionIndex.build();
    this.spacingMeters = spacingMeters;
    this.existingByType = new TreeMap<>();
    for (Existing e : existing) {
      existingByType.computeIfAbsent(e.type(), k -> new STRtree()).insert(new Envelope(e.at()), e);
    }
    existingByType.values().forEach(STRtree::build);
    this.existingCount = existing.size();
  }

  /** These rules plus a minimum spacing to the existing facilities of the type being sited. */
  public SiteRules withSpacing(double meters, List<Existing> existing) {
    if (!(meters >= 0)) {
      throw new IllegalArgumentException("spacing must be at least 0 m, got " + meters);
    }
    return new SiteRules(boundary, water, exclusions, meters, meters > 0 ? existing : List.of());
  }

  /** The minimum spacing in metres (0 = none). */
  public double spacingMeters() {
    return spacingMeters;
  }

  /** Why no facility of {@code type} (null: any type, spacing not checked) can stand at c. */
  public Refusal refusal(Coordinate c, String type) {
    Point p = GEOMETRY.createPoint(c);
    if (!boundary.covers(p)) {
      return new Refusal(Rule.BOUNDARY, "lies outside the zone (the area's boundary)", "位于规划范围之外");
    }
    if (water.covers(p)) {
      return new Refusal(
          Rule.WATER, "lies in water: no facility can be built there", "位于水域，不能建设设施");
    }
    for (Object o : exclusionIndex.query(new Envelope(c))) {
      int i = (Integer) o;
      if (preparedExclusions.get(i).covers(p)) {
        Exclusion e = exclusions.get(i);
        String en = e.nameEn() == null ? e.nameZh() : e.nameEn();
        String zh = e.nameZh() == null ? e.nameEn() : e.nameZh();
        return new Refusal(
            Rule.EXCLUSION,
            "lies in the exclusion zone '" + en + "': no facility may be built there",
            "位于禁建区「" + zh + "」内，不能建设设施");
      }
    }
    if (spacingMeters > 0 && type != null) {
      Existing near = nearestWithin(c, type);
      if (near != null) {
        long d = (long) Math.floor(near.at().distance(c));
        long min = Math.round(spacingMeters);
        return new Refusal(
            Rule.SPACING,
            "lies "
                + d
                + " m from the existing "
                + type
                + " '"
                + near.name()
                + "', closer than the minimum spacing of "
                + min
                + " m",
            "距同类现有设施「" + near.name() + "」" + d + " 米，小于最小间距 " + min + " 米");
      }
    }
    return null;
  }

  /** The nearest existing facility of the type closer than the spacing, or null. */
  private Existing nearestWithin(Coordinate c, String type) {
    STRtree tree = existingByType.get(type);
    if (tree == null) {
      return null;
    }
    Envelope box = new Envelope(c);
    box.expandBy(spacingMeters);
    Existing best = null;
    for (Object o : tree.query(box)) {
      Existing e = (Existing) o;
      double d = e.at().distance(c);
      if (d < spacingMeters && (best == null || d < best.at().distance(c))) {
        best = e;
      }
    }
    return best;
  }

  /** The rules as an answer states them (the spacing rule only when one was asked for). */
  public List<Stated> stated() {
    List<Stated> out = new ArrayList<>();
    out.add(
        new Stated(
            Rule.BOUNDARY.code(),
            "inside the area's boundary (zone layer; on the edge counts as inside)",
            "位于规划范围（zone 图层）之内（边界上视为在内）"));
    out.add(new Stated(Rule.WATER.code(), "not in water (water layer)", "不在水域（water 图层）内"));
    out.add(
        new Stated(
            Rule.EXCLUSION.code(),
            exclusions.isEmpty()
                ? "not in an exclusion zone (exclusion layer: none in this area)"
                : "not in any of the " + exclusions.size() + " exclusion zones (exclusion layer)",
            exclusions.isEmpty()
                ? "不在禁建区（exclusion 图层；本区域没有）内"
                : "不在 " + exclusions.size() + " 处禁建区（exclusion 图层）内"));
    if (spacingMeters > 0) {
      String m = String.format(Locale.ROOT, "%d", Math.round(spacingMeters));
      out.add(
          new Stated(
              Rule.SPACING.code(),
              "at least "
                  + m
                  + " m (straight line) from every existing facility of the same type ("
                  + existingCount
                  + " in the facility set)",
              "距同类现有设施（共 " + existingCount + " 处）直线距离不小于 " + m + " 米"));
    }
    return out;
  }
}
