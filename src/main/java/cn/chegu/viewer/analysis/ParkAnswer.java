package cn.chegu.viewer.analysis;

import java.util.List;

/**
 * One industrial park analysed.
 *
 * @param residentsWithin residents who can reach the park within 30/45 min by transit, 30 min by
 *     car, walking and bicycle
 * @param jobs jobs in the park (imported, or modelled from its area)
 * @param jobsSource where {@code jobs} comes from
 * @param jobsSourceZh the same in Chinese
 * @param jobsHousingRatio jobs per resident of the 30-min transit catchment (null when empty)
 * @param stationsWithin800m served stops (metro, tram) within 800 m straight line of the park
 * @param areaShareNearStation share of the park's area within 800 m of such a stop (0–1)
 * @param travelMinutesBySubdistrict residents-weighted median transit minutes from each
 *     sub-district to the park (null when its median is beyond {@link ParksService#MATRIX_MINUTES})
 * @param rules the rules behind the figures, in English
 * @param rulesZh the same rules in Chinese, one for one
 */
public record ParkAnswer(
    String id,
    String nameZh,
    String nameEn,
    double areaKm2,
    int gates,
    ResidentsWithin residentsWithin,
    long jobs,
    String jobsSource,
    String jobsSourceZh,
    Double jobsHousingRatio,
    int stationsWithin800m,
    List<String> stations,
    double areaShareNearStation,
    List<AreaMinutes> travelMinutesBySubdistrict,
    List<String> rules,
    List<String> rulesZh) {

  /** Residents within reach by mode. */
  public record ResidentsWithin(
      long transit30, long transit45, long drive30, long walk30, long bike30) {}

  /** A sub-district's median travel time to the park. */
  public record AreaMinutes(String area, long residents, Double medianMinutes) {}
}
