/**
 * Bench commands (performance is measured here, never asserted in tests).
 *
 * <p>{@link cn.chegu.viewer.bench.NetworkBench}: graph build, one 10-minute walk and one 12-minute
 * ambulance isochrone (tree alone, tree + polygon), one full coverage recompute per default
 * standard, on the REAL sample ({@code gis-data/}, 2020 residents) and on synthetic towns of the
 * sample's size × 1, 10, 100; medians after warm-up; growth vs n·log n; and {@code
 * pgr_drivingDistance} for the same source and budget when a PostgreSQL with pgRouting answers at
 * {@code bench.pg.url}. Run from the project root:
 *
 * <pre>
 * mvn -B -o -q test-compile &amp;&amp; mvn -B -o -q org.codehaus.mojo:exec-maven-plugin:3.5.1:java \
 *     -Dexec.classpathScope=test -Dexec.mainClass=cn.chegu.viewer.bench.NetworkBench \
 *     -Dexec.args=1,10,100
 * </pre>
 *
 * (add {@code -Dbench.pg.url=none} to skip pgRouting, or point it at another database)
 *
 * <p>A throwaway pgRouting cluster: {@code scripts/postgis-local.sh start} (with Debian's {@code
 * postgresql-15-pgrouting} installed), then {@code CREATE DATABASE bench}; the bench creates the
 * extension and its edge tables itself.
 *
 * <p>{@link cn.chegu.viewer.bench.SampleLoadBench}: what loading {@code gis-data/} through the
 * import pipeline costs at startup (read + check; a whole cold load into H2GIS).
 */
package cn.chegu.viewer.bench;
