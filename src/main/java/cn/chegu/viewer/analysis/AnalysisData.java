package cn.chegu.viewer.analysis;

import cn.chegu.viewer.coverage.DemandCell;
import cn.chegu.viewer.coverage.ServicePoint;
import cn.chegu.viewer.network.RoadGraph;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;

/**
 * One immutable snapshot of the store, in metres (EPSG:32650), ready for the engines.
 *
 * @param graph the road graph built from the {@code roads} layer
 * @param facilities the baseline facilities
 * @param cells demand cells per population year
 * @param zone the zone outline
 * @param zoneWithMargin the zone grown by a margin, for "is this point in the zone?" checks
 * @param water the {@code water} layer's polygons (empty when there is none), where no site goes
 */
public record AnalysisData(
    RoadGraph graph,
    List<ServicePoint> facilities,
    Map<PopulationYear, List<DemandCell>> cells,
    Geometry zone,
    PreparedGeometry zoneWithMargin,
    PreparedGeometry water) {

  public AnalysisData {
    facilities = List.copyOf(facilities);
    cells = Map.copyOf(cells);
  }
}
