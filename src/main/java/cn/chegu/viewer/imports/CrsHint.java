package cn.chegu.viewer.imports;

import cn.chegu.viewer.io.Crs;
import cn.chegu.viewer.io.SourceFeature;
import cn.chegu.viewer.io.SourceLayer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * Catches a whole file read in the wrong CRS: when every feature lies beyond the near-zone
 * distance, the import is refused with one message naming the distance and the supported CRS in
 * which the file's first position would land in the zone ("all 58 features lie 3,400 km from the
 * zone — is the CRS EPSG:4547?").
 */
final class CrsHint {

  private CrsHint() {}

  static boolean looksLikeLonLat(SourceLayer source) {
    for (SourceFeature f : source.features()) {
      if (f.geometry() != null) {
        Envelope e = f.geometry().getEnvelopeInternal();
        if (e.getMinX() < -180 || e.getMaxX() > 180 || e.getMinY() < -90 || e.getMaxY() > 90) {
          return false;
        }
      }
    }
    return true;
  }

  static void checkWholeFileNearZone(
      SourceLayer source,
      Crs crs,
      FeatureChecker checker,
      double nearMeters,
      String file,
      List<String> warnings) {
    int count = 0;
    double minAway = Double.MAX_VALUE;
    Coordinate sample = null;
    for (SourceFeature f : source.features()) {
      Geometry g = f.geometry();
      if (g == null || g.isEmpty()) {
        continue;
      }
      double away;
      try {
        away = checker.metersFromZone(crs.toWgs84(g).getEnvelopeInternal());
      } catch (RuntimeException e) {
        away = Double.MAX_VALUE; // the CRS cannot even transform it
      }
      if (away <= nearMeters) {
        return;
      }
      count++;
      minAway = Math.min(minAway, away);
      if (sample == null) {
        sample = g.getCoordinate();
      }
    }
    if (count == 0) {
      return;
    }
    List<String> fits = new ArrayList<>();
    for (Crs candidate : candidates()) {
      if (candidate.equals(crs) || fits.size() >= 3) {
        continue;
      }
      try {
        Coordinate c = candidate.toWgs84(sample.x, sample.y);
        if (!Double.isNaN(c.x) && checker.metersFromZone(new Envelope(c)) <= nearMeters) {
          fits.add(candidate.code());
        }
      } catch (RuntimeException ignored) {
        // this candidate cannot take such coordinates
      }
    }
    String distance =
        minAway == Double.MAX_VALUE
            ? "far"
            : String.format(Locale.ROOT, "%,.0f km", minAway / 1000);
    String message =
        "all "
            + count
            + " features lie "
            + distance
            + " from the zone (read as "
            + crs
            + ")"
            + (fits.isEmpty()
                ? " — is the CRS wrong? pass crs=EPSG:<code>"
                : " — is the CRS " + String.join(" or ", fits) + "?");
    throw new ImportRejectedException(
        List.of(new ImportProblem(file, "file", "crs", message)), warnings);
  }

  private static List<Crs> candidates() {
    List<Crs> out = new ArrayList<>();
    for (int code : Crs.SUPPORTED) {
      out.add(Crs.epsg(code));
    }
    out.add(Crs.GCJ02);
    return out;
  }
}
