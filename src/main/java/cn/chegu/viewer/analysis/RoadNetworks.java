package cn.chegu.viewer.analysis;

import cn.chegu.viewer.facility.FacilitySet;
import cn.chegu.viewer.network.RoadGraph;
import cn.chegu.viewer.network.RoadGraphBuilder;
import cn.chegu.viewer.network.RoadSegment;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The roads layer as one road graph per {@link FacilitySet}: roads follow the same set as
 * facilities (a planned road carries no one in {@code existing}). Each graph is built on first use
 * and kept. Thread-safe.
 */
public final class RoadNetworks {

  private final List<RoadSegment> segments;
  private final List<String> statuses;
  private final double snapToleranceMeters;
  private final Map<FacilitySet, RoadGraph> graphs = new ConcurrentHashMap<>();

  /**
   * @param segments road segments in metres
   * @param statuses the {@code status} of each segment (existing / under_construction / planned)
   */
  public RoadNetworks(List<RoadSegment> segments, List<String> statuses, double snapTolerance) {
    if (segments.size() != statuses.size()) {
      throw new IllegalArgumentException("one status per road segment");
    }
    this.segments = List.copyOf(segments);
    this.statuses = new ArrayList<>(statuses);
    this.snapToleranceMeters = snapTolerance;
  }

  /** The road graph of the roads in {@code set}. */
  public RoadGraph graph(FacilitySet set) {
    return graphs.computeIfAbsent(set, this::build);
  }

  /** Road segments in the set. */
  public int segmentCount(FacilitySet set) {
    int n = 0;
    for (String s : statuses) {
      n += set.includes(s) ? 1 : 0;
    }
    return n;
  }

  private RoadGraph build(FacilitySet set) {
    List<RoadSegment> in = new ArrayList<>();
    for (int i = 0; i < segments.size(); i++) {
      if (set.includes(statuses.get(i))) {
        in.add(segments.get(i));
      }
    }
    return new RoadGraphBuilder(snapToleranceMeters).build(in);
  }
}
