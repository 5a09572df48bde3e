package cn.chegu.viewer.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every table of the application's schema, each as "rows, checksum": equal fingerprints mean no row
 * was added, removed or changed anywhere. A row's checksum is the SHA-256 of its columns as text; a
 * table's is the sum of its rows' (so it does not depend on the order rows come back in). The
 * spatial reference table of the database itself is left out (nothing of ours writes it).
 */
final class DatabaseFingerprint {

  private static final Set<String> SYSTEM = Set.of("spatial_ref_sys", "geometry_columns");

  private DatabaseFingerprint() {}

  /** Table name → "rows, checksum", for every base table of the current schema. */
  static Map<String, String> of(DataSource dataSource) {
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    List<String> tables =
        jdbc.queryForList(
            "SELECT table_name FROM information_schema.tables WHERE table_type IN ('BASE TABLE',"
                + " 'TABLE') AND LOWER(table_schema) IN ('public')",
            String.class);
    Map<String, String> out = new TreeMap<>();
    for (String table : tables) {
      if (SYSTEM.contains(table.toLowerCase(Locale.ROOT))) {
        continue;
      }
      long[] sum = {0, 0};
      jdbc.query(
          "SELECT * FROM \"" + table + "\"",
          rs -> {
            MessageDigest digest = sha256();
            int n = rs.getMetaData().getColumnCount();
            for (int i = 1; i <= n; i++) {
              Object v = rs.getObject(i);
              String text =
                  v instanceof byte[] b
                      ? HexFormat.of().formatHex(b)
                      : String.valueOf(rs.getString(i));
              digest.update(text.getBytes(StandardCharsets.UTF_8));
              digest.update((byte) 0);
            }
            byte[] h = digest.digest();
            long x = 0;
            for (int i = 0; i < 8; i++) {
              x = (x << 8) | (h[i] & 0xff);
            }
            sum[0]++;
            sum[1] += x;
          });
      out.put(table.toLowerCase(Locale.ROOT), sum[0] + " rows, " + Long.toHexString(sum[1]));
    }
    if (out.isEmpty()) {
      throw new IllegalStateException("no table found to fingerprint");
    }
    return out;
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
