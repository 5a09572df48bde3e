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
 *   <dd>how an edge is traversed and which edges may be used: walk (fixed walking speed, one-way
 *       ignored, never on expressways), drive (class speed, one-way respected), ambulance (drive
 *       speeds times a factor); see {@link cn.chegu.viewer.network.TravelMode} for every rule.
 *   <dt>connector (access leg)
 *   <dd>the straight leg from an off-network point (facility, population cell's interior point,
 *       candidate site) to the nearest point (the split point) of an edge usable by the mode, at
 *       most the mode's snap distance; a point has one to <em>every</em> such edge (its {@link
 *       cn.chegu.viewer.network.Attachment}) and takes the quickest, so adding roads never
 *       lengthens a trip. Its time is counted at the mode's access speed (walked by pedestrians,
 *       driven by vehicles). Connectors never mutate the graph: they are virtual sources and
 *       targets.
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
