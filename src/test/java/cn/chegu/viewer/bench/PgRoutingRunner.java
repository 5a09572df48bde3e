package cn.chegu.viewer.bench;

import cn.chegu.viewer.network.RoadGraph;
import cn.chegu.viewer.network.TravelMode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.locationtech.jts.io.WKBWriter;

/**
 * Loads a {@link RoadGraph} into a pgRouting edge table ({@code id, source, target, cost,
 * reverse_cost} in seconds, -1 = not allowed) and times {@code pgr_drivingDistance}.
 */
final class PgRoutingRunner implements AutoCloseable {

  private final Connection connection;

  private PgRoutingRunner(Connection connection) {
    this.connection = connection;
  }

  /** Connects, or returns null when PostgreSQL/pgRouting is not reachable. */
  static PgRoutingRunner connect(String url, String user) {
    try {
      Connection c = DriverManager.getConnection(url, user, "");
      try (Statement s = c.createStatement()) {
        s.execute("CREATE EXTENSION IF NOT EXISTS pgrouting CASCADE");
      }
      return new PgRoutingRunner(c);
    } catch (SQLException e) {
      System.out.println(
          "pgRouting: not available (" + e.getMessage().lines().findFirst().orElse("") + ")");
      return null;
    }
  }

  String version() throws SQLException {
    try (Statement s = connection.createStatement();
        ResultSet r = s.executeQuery("SELECT pgr_version()")) {
      r.next();
      return r.getString(1);
    }
  }

  /**
   * (Re)creates table {@code name} with the graph's costs for {@code mode}; with {@code geometry}
   * also the edge lines ({@code geom}, SRID 32650) for buffers (needs PostGIS).
   */
  void load(String name, RoadGraph g, TravelMode mode, boolean geometry) throws SQLException {
    RoadGraph.EdgeCosts costs = g.costs(mode);
    try (Statement s = connection.createStatement()) {
      s.execute("DROP TABLE IF EXISTS " + name);
      s.execute(
          "CREATE TABLE "
              + name
              + " (id bigint, source bigint, target bigint, cost float8, reverse_cost float8"
              + (geometry ? ", geom geometry(LineString, 32650))" : ")"));
    }
    connection.setAutoCommit(false);
    WKBWriter wkb = new WKBWriter();
    try (PreparedStatement p =
        connection.prepareStatement(
            "INSERT INTO "
                + name
                + " VALUES (?, ?, ?, ?, ?"
                + (geometry ? ", ST_GeomFromWKB(?, 32650))" : ")"))) {
      for (int e = 0; e < g.edgeCount(); e++) {
        p.setLong(1, e + 1);
        p.setLong(2, g.edgeFrom(e) + 1);
        p.setLong(3, g.edgeTo(e) + 1);
        p.setDouble(4, costs.forwardSeconds()[e]);
        double back = costs.backwardSeconds()[e];
        p.setDouble(5, Double.isInfinite(back) ? -1 : back);
        if (geometry) {
          p.setBytes(6, wkb.write(g.edgeLine(e)));
        }
        p.addBatch();
        if (e % 5000 == 4999) {
          p.executeBatch();
        }
      }
      p.executeBatch();
    }
    connection.commit();
    connection.setAutoCommit(true);
    try (Statement s = connection.createStatement()) {
      s.execute("ANALYZE " + name);
    }
  }

  /** Runs pgr_drivingDistance from node {@code node} (0-based) and returns the reached count. */
  int drivingDistance(String table, int node, double limitSeconds) throws SQLException {
    try (PreparedStatement p =
        connection.prepareStatement(
            "SELECT count(*) FROM pgr_drivingDistance("
                + "'SELECT id, source, target, cost, reverse_cost FROM "
                + table
                + "', ?::bigint, ?::float8, true)")) {
      p.setLong(1, node + 1L);
      p.setDouble(2, limitSeconds);
      try (ResultSet r = p.executeQuery()) {
        r.next();
        return r.getInt(1);
      }
    }
  }

  /**
   * Service areas the pgRouting way: {@code pgr_drivingDistance} from several nodes (0-based) at
   * once up to the largest budget, then per band {@code ST_Union(ST_Buffer(geom, offset))} of the
   * tree edges whose end is reached within the band's budget. Returns the polygons' vertex counts
   * (so that the union is really computed and shipped as a number).
   */
  int[] serviceAreas(String table, int[] nodes, double[] budgets, double offsetMeters)
      throws SQLException {
    Long[] starts = new Long[nodes.length];
    for (int i = 0; i < nodes.length; i++) {
      starts[i] = nodes[i] + 1L;
    }
    Double[] bands = new Double[budgets.length];
    double max = 0;
    for (int i = 0; i < budgets.length; i++) {
      bands[i] = budgets[i];
      max = Math.max(max, budgets[i]);
    }
    try (PreparedStatement p =
        connection.prepareStatement(
            "WITH dd AS (SELECT edge, agg_cost FROM pgr_drivingDistance("
                + "'SELECT id, source, target, cost, reverse_cost FROM "
                + table
                + "', ?::bigint[], ?::float8, true, true)) "
                + "SELECT b.band, ST_NPoints(ST_Union(ST_Buffer(e.geom, ?, 'quad_segs=2'))) "
                + "FROM unnest(?::float8[]) AS b(band) JOIN dd ON dd.agg_cost <= b.band "
                + "JOIN "
                + table
                + " e ON e.id = dd.edge GROUP BY b.band ORDER BY b.band")) {
      p.setArray(1, connection.createArrayOf("bigint", starts));
      p.setDouble(2, max);
      p.setDouble(3, offsetMeters);
      p.setArray(4, connection.createArrayOf("float8", bands));
      int[] out = new int[budgets.length];
      try (ResultSet r = p.executeQuery()) {
        for (int i = 0; r.next() && i < out.length; i++) {
          out[i] = r.getInt(2);
        }
      }
      return out;
    }
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }
}
