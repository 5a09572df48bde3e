package cn.chegu.viewer.web;

import cn.chegu.viewer.analysis.Timings;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * The answer of {@code GET /api/coverage/service-areas}: a GeoJSON FeatureCollection with one
 * polygon per time band, and what was counted.
 *
 * @param type always {@code FeatureCollection}
 * @param features one per band, shortest first
 * @param standard the service standard's code
 * @param method {@code network} or {@code euclidean}
 * @param facilities the facility set counted
 * @param facilitiesUsed how many facilities it holds of the standard's types
 * @param notes what a reader must know
 * @param notesZh the notes in Chinese
 * @param rules the travel rules, in words
 * @param rulesZh the same rules in Chinese, one for one
 * @param timings wall time from the request's arrival, and its phases
 */
record ServiceAreasView(
    @Schema(allowableValues = "FeatureCollection") String type,
    List<FeatureView<Band>> features,
    String standard,
    String method,
    String facilities,
    FacilitiesUsedView facilitiesUsed,
    List<String> notes,
    List<String> notesZh,
    List<String> rules,
    List<String> rulesZh,
    Timings.Summary timings) {

  /**
   * The properties of one band's polygon.
   *
   * @param standard the service standard's code
   * @param method {@code network} or {@code euclidean}
   * @param facilities the facility set counted
   * @param minutes the band's time limit
   * @param outline {@code map} (the fast outline the map draws) or {@code exact} (the buffer)
   * @param outlineRule how the map outline was drawn (network map outlines only)
   */
  record Band(
      String standard,
      String method,
      String facilities,
      double minutes,
      String outline,
      String outlineRule) {}
}
