package cn.chegu.viewer.analysis;

import cn.chegu.viewer.network.ShortestPathTree;
import cn.chegu.viewer.transit.WindowSearch;

/**
 * One transit search's trees.
 *
 * @param network the set's transit network
 * @param originCount the first sources of {@code combined} are the origins, the rest the stops
 * @param walk walking alone from the origins
 * @param combined walking from the origins at 0 and from every stop at its travel time
 * @param stopTimes each stop's travel time over the departure window
 * @param accessSeconds walk from the origins to each stop (the search's round 0)
 */
public record TransitReach(
    TransitNetwork network,
    int originCount,
    ShortestPathTree walk,
    ShortestPathTree combined,
    WindowSearch.StopTravelTimes stopTimes,
    int[] accessSeconds) {}
