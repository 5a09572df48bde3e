/**
 * Bench commands (performance is measured here, never asserted in tests).
 *
 * <p>{@link cn.chegu.viewer.bench.NetworkBench}: graph build, one 10-minute isochrone, one full
 * coverage recompute per standard on synthetic towns of ≈ 5,000 (sample size), 50,000 and 500,000
 * edges; medians after warm-up; and {@code pgr_drivingDistance} for the same source and limit when
 * a PostgreSQL with pgRouting answers at {@code bench.pg.url}. Run:
 *
 * <pre>
 * mvn -B -o -q test-compile
 * mvn -B -o -q org.codehaus.mojo:exec-maven-plugin:3.5.1:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=cn.chegu.viewer.bench.NetworkBench -Dexec.args=1,10,100 \
 *     [-Dbench.pg.url=jdbc:postgresql://127.0.0.1:55433/bench | -Dbench.pg.url=none]
 * </pre>
 *
 * A throwaway pgRouting cluster: DESIGN §10's snippet on another port, then {@code CREATE DATABASE
 * bench}; the bench creates the extension and its edge tables itself.
 */
package cn.chegu.viewer.bench;
