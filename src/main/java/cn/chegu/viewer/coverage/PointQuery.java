package cn.chegu.viewer.coverage;

import cn.chegu.viewer.facility.ServiceStandard;
import cn.chegu.viewer.network.RoadGraph;
import java.util.List;
import org.locationtech.jts.geom.Point;

/**
 * "Is this spot covered?" for one point. For many points, build a {@link CoverageModel} once and
 * call {@link CoverageModel#at} — this convenience grows the trees on every call.
 */
public final class PointQuery {

  private PointQuery() {}

  /** Nearest facility, minutes, distance and covered? for a metric point. */
  public static PointCoverage at(
      RoadGraph graph,
      List<ServicePoint> facilities,
      ServiceStandard standard,
      CoverageMethod method,
      Point point) {
    return new CoverageModel(graph, facilities, standard, method).at(point.getCoordinate());
  }
}
