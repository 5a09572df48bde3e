package cn.chegu.viewer.web;

import cn.chegu.viewer.analysis.TransitIsochrone;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * The answer of {@code GET /api/transit/isochrone}: a GeoJSON FeatureCollection of one polygon, the
 * area reached by walking and public transport within the minutes.
 *
 * @param type always {@code FeatureCollection}
 * @param features the one reached area
 */
record TransitIsochroneView(
    @Schema(allowableValues = "FeatureCollection") String type,
    List<FeatureView<Reached>> features) {

  /**
   * What the area holds.
   *
   * @param mode always {@code transit} (walk + transit)
   * @param residents residents of the cells reached (their centre within the minutes)
   * @param walkResidents residents reached by walking alone in the same minutes (never more)
   * @param from first departure of the window
   * @param to end of the window (exclusive)
   * @param percentile the percentile over departures a stop's time is
   * @param stops the stops reached in time
   * @param rules every rule that moves the answer, in words
   */
  record Reached(
      String mode,
      int minutes,
      long residents,
      long walkResidents,
      int year,
      String facilities,
      String from,
      String to,
      int percentile,
      List<TransitIsochrone.StopReached> stops,
      List<String> rules,
      long computeMillis) {}
}
