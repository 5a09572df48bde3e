/**
 * A routable road graph and the travel-time operations on it, in a metric CRS (metres); plain Java
 * on JTS only (no Spring, SQL or HTTP). Callers project with {@code io.MetricProjection}.
 *
 * <dl>
 *   <dt>node
 *   <dd>a line end or an intersection of road lines after noding within {@code toleranceMeters};
 *       numbered {@code 0..nodeCount-1}.
 *   <dt>edge
 *   <dd>a piece of road between two nodes, with its geometry, length, {@link
 *       cn.chegu.viewer.network.RoadClass road class}, speed and one-way flag; "forward" is the
 *       digitised direction.
 *   <dt>road class
 *   <dd>the functional class of a road (expressway … rural), giving a default speed.
 *   <dt>travel mode
 *   <dd>how an edge is traversed: walk (fixed walking speed, one-way ignored), drive (class speed,
 *       one-way respected), ambulance (drive speeds times a factor).
 *   <dt>connector
 *   <dd>the straight walk from an off-network point (facility, population cell centroid) to the
 *       nearest point of the nearest edge (the split point); its time is counted at walking speed.
 *       Connectors never mutate the graph: they are virtual sources and targets.
 *   <dt>shortest-path tree
 *   <dd>the result of one multi-source Dijkstra: for each node, the least travel time from any
 *       source and which source (the nearest facility) gives it.
 *   <dt>service area
 *   <dd>the region reachable within a time limit, drawn as a network buffer.
 *   <dt>network buffer
 *   <dd>the reachable parts of edges (edges cut at the remaining time) buffered by a small walk
 *       offset and unioned; unlike a concave hull it never covers unreachable ground between roads.
 * </dl>
 */
package cn.chegu.viewer.network;
