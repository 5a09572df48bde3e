package cn.chegu.viewer.analysis;

import java.util.List;

/**
 * A corridor profiled: what lies within {@code bufferMeters} of an axis, a belt or a drawn line.
 *
 * @param residents residents whose cell centre lies in the buffer
 * @param stationAreaResidents of those, residents within 800 m of walk of a served stop
 * @param stations served stops (metro, tram) in the buffer
 * @param parks parks meeting the buffer, with the share of their area inside it
 * @param jobs the parks' jobs apportioned by that share
 */
public record CorridorAnswer(
    String id,
    String nameZh,
    String nameEn,
    double bufferMeters,
    long residents,
    long stationAreaResidents,
    List<String> stations,
    List<ParkShare> parks,
    long jobs) {

  /** A park meeting a corridor. */
  public record ParkShare(String id, String nameZh, double areaShare, long jobs) {}
}
