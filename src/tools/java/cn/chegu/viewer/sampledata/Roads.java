package cn.chegu.viewer.sampledata;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.linearref.LengthIndexedLine;
import org.locationtech.jts.operation.overlayng.UnaryUnionNG;

/**
 * The routable road network: the named expressways and trunk roads, a 400 m street grid inside the
 * built-up areas (the core and the two clusters) and the old towns around the rural sub-district
 * seats ({@link Population#townsMetric}), and a 2 km rural grid with seeded wiggles (which runs
 * through the old towns, joining their streets).
 *
 * <p>Noding: all lines are unioned by snap-rounding on the 6-decimal degree grid ({@link
 * UnaryUnionNG} with a fixed precision model), which splits every line at every intersection, so
 * pieces meet only at shared end vertices. Each piece gets the attributes of the source line it
 * lies on (nearest to its midpoint; ties to the higher class). Pieces not connected to the largest
 * component (clipping remnants at the zone edge) are dropped; the count is reported in the notes.
 */
final class Roads {

  /** A source line before noding (lon/lat). */
  record Source(
      LineString line,
      String nameZh,
      String nameEn,
      String roadClass,
      int speedKmh,
      boolean oneway,
      String status,
      String source,
      String planRef,
      int rank) {}

  private Roads() {}

  /**
   * The source lines: the named roads of the {@code transport} layer (features whose {@code kind}
   * is {@code expressway} or {@code trunk_road}, with their {@code class} and {@code speed_kmh})
   * clipped to the zone, then the modelled street and rural grids.
   */
  static List<Source> sources(
      ModelInputs in, List<Geometry> townsMetric, SampleParameters.Roads p) {
    Geometry zone = in.zone();
    List<Geometry> builtUp = in.builtUp();
    Geometry zoneM = Geo.toMetric(zone);
    List<Source> out = new ArrayList<>();
    for (Feature r : in.transport()) {
      Object kind = r.properties().get("kind");
      if (!"expressway".equals(kind) && !"trunk_road".equals(kind)) {
        continue;
      }
      String roadClass = (String) r.properties().get("class");
      Object speed = r.properties().get("speed_kmh");
      if (roadClass == null || !(speed instanceof Number kmh)) {
        throw new IllegalArgumentException(
            "transport.geojson: road " + r.id() + " needs properties class and speed_kmh");
      }
      int rank = "expressway".equals(roadClass) ? 0 : 1;
      for (LineString part : parts(Geo.toMetric(r.geometry()).intersection(zoneM))) {
        out.add(
            new Source(
                part,
                (String) r.properties().get("name_zh"),
                (String) r.properties().get("name_en"),
                roadClass,
                kmh.intValue(),
                false,
                (String) r.properties().get("status"),
                "plan; digitised",
                (String) r.properties().get("plan_ref"),
                rank));
      }
    }
    Geometry layoutUrban =
        Geo.GF.buildGeometry(builtUp.stream().map(Geo::toMetric).toList()).union();
    List<Geometry> gridAreas = new ArrayList<>(List.of(layoutUrban));
    gridAreas.addAll(townsMetric);
    Geometry urban = Geo.GF.buildGeometry(gridAreas).union().intersection(zoneM);
    Envelope e = zoneM.getEnvelopeInternal();
    double gridM = p.gridM();
    for (int axis = 0; axis < 2; axis++) {
      double lo = axis == 0 ? e.getMinX() : e.getMinY();
      double hi = axis == 0 ? e.getMaxX() : e.getMaxY();
      for (int k = (int) Math.ceil(lo / gridM); k * gridM < hi; k++) {
        double v = k * gridM;
        LineString l =
            axis == 0
                ? Geo.GF.createLineString(
                    new Coordinate[] {
                      new Coordinate(v, e.getMinY()), new Coordinate(v, e.getMaxY())
                    })
                : Geo.GF.createLineString(
                    new Coordinate[] {
                      new Coordinate(e.getMinX(), v), new Coordinate(e.getMaxX(), v)
                    });
        boolean secondary = Math.floorMod(k, p.secondaryEvery()) == 0;
        int pair = Math.floorMod(k, p.onewayPeriod());
        boolean oneway = axis == 0 && !secondary && p.onewayPair().contains(pair);
        for (LineString part : parts(l.intersection(urban))) {
          LineString q = oneway && pair == p.onewayPair().get(1) ? part.reverse() : part;
          out.add(
              new Source(
                  q,
                  "",
                  "",
                  secondary ? "secondary" : "local",
                  secondary ? p.secondaryKmh() : p.localKmh(),
                  oneway,
                  "existing",
                  ModelInputs.MODELLED,
                  "",
                  secondary ? 2 : 3));
        }
      }
    }
    // The rural grid runs through the old towns, so that their streets join it.
    Geometry rural = zoneM.difference(layoutUrban.intersection(zoneM).buffer(p.ruralClearanceM()));
    Random rnd = new Random(p.seed());
    double ruralM = p.ruralGridM();
    double step = p.ruralStepM();
    for (int axis = 0; axis < 2; axis++) {
      double lo = axis == 0 ? e.getMinX() : e.getMinY();
      double hi = axis == 0 ? e.getMaxX() : e.getMaxY();
      double lo2 = axis == 0 ? e.getMinY() : e.getMinX();
      double hi2 = axis == 0 ? e.getMaxY() : e.getMaxX();
      for (int k = (int) Math.ceil(lo / ruralM); k * ruralM < hi; k++) {
        List<Coordinate> c = new ArrayList<>();
        for (double t = lo2; t < hi2 + step; t += step) {
          double w = k * ruralM + (rnd.nextDouble() - 0.5) * p.ruralWiggleM();
          c.add(axis == 0 ? new Coordinate(w, t) : new Coordinate(t, w));
        }
        LineString l = Geo.GF.createLineString(c.toArray(new Coordinate[0]));
        for (LineString part : parts(l.intersection(rural))) {
          out.add(
              new Source(
                  part,
                  "",
                  "",
                  "rural",
                  p.ruralKmh(),
                  false,
                  "existing",
                  ModelInputs.MODELLED,
                  "",
                  4));
        }
      }
    }
    List<Source> lonLat = new ArrayList<>();
    for (Source s : out) {
      lonLat.add(
          new Source(
              (LineString) Geo.toLonLat(s.line()),
              s.nameZh(),
              s.nameEn(),
              s.roadClass(),
              s.speedKmh(),
              s.oneway(),
              s.status(),
              s.source(),
              s.planRef(),
              s.rank()));
    }
    return lonLat;
  }

  /** Nodes the sources and builds the {@code roads} features (largest component only). */
  static List<Feature> features(List<Source> sources, SampleParameters.Roads p) {
    Geometry all = Geo.GF.buildGeometry(sources.stream().map(Source::line).toList());
    Geometry noded = UnaryUnionNG.union(all, Geo.DEGREES_6);
    STRtree index = new STRtree();
    for (Source s : sources) {
      index.insert(s.line().getEnvelopeInternal(), s);
    }
    List<LineString> pieces = parts(noded);
    pieces.sort(
        Comparator.comparingDouble((LineString l) -> l.getCoordinateN(0).x)
            .thenComparingDouble(l -> l.getCoordinateN(0).y)
            .thenComparingDouble(l -> l.getCoordinateN(l.getNumPoints() - 1).x)
            .thenComparingDouble(l -> l.getCoordinateN(l.getNumPoints() - 1).y)
            .thenComparingDouble(LineString::getLength));
    List<LineString> kept = RoadGraph.largestComponent(pieces);
    List<Feature> out = new ArrayList<>();
    for (LineString piece : kept) {
      Coordinate mid = new LengthIndexedLine(piece).extractPoint(piece.getLength() / 2);
      Envelope env = new Envelope(mid);
      env.expandBy(1e-5);
      Source best = null;
      double bestD = Double.MAX_VALUE;
      for (Object o : index.query(env)) {
        Source s = (Source) o;
        double d = s.line().distance(Geo.GF.createPoint(mid));
        if (d < bestD - 1e-9 || (Math.abs(d - bestD) <= 1e-9 && s.rank() < best.rank())) {
          best = s;
          bestD = d;
        }
      }
      LineString g = piece;
      if (best.oneway()) {
        LengthIndexedLine src = new LengthIndexedLine(best.line());
        if (src.project(piece.getCoordinateN(0))
            > src.project(piece.getCoordinateN(piece.getNumPoints() - 1))) {
          g = piece.reverse();
        }
      }
      String id = "road-" + (out.size() + 1);
      out.add(
          Feature.of(
              g,
              Feature.props(
                  id,
                  best.nameZh(),
                  best.nameEn(),
                  best.source(),
                  best.planRef(),
                  ModelInputs.MODELLED.equals(best.source())
                      ? p.modelledAccuracyM()
                      : p.namedAccuracyM(),
                  best.status()),
              "class",
              best.roadClass(),
              "speed_kmh",
              best.speedKmh(),
              "oneway",
              best.oneway()));
    }
    return out;
  }

  static List<LineString> parts(Geometry g) {
    List<LineString> out = new ArrayList<>();
    for (int i = 0; i < g.getNumGeometries(); i++) {
      Geometry p = g.getGeometryN(i);
      if (p instanceof LineString l && !l.isEmpty() && l.getLength() > 0) {
        out.add(l);
      }
    }
    return out;
  }
}
