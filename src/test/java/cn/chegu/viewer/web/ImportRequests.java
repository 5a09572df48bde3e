package cn.chegu.viewer.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Shared by the import tests: the multipart request, and a checksum of everything stored. */
final class ImportRequests {

  static final RequestPostProcessor EDITOR = user("editor").roles("EDITOR");

  private ImportRequests() {}

  /** POST /api/imports of {@code bytes} as {@code name} into {@code layer} with extra params. */
  static MockMultipartHttpServletRequestBuilder upload(
      String name, byte[] bytes, String layer, Map<String, String> params) {
    MockMultipartHttpServletRequestBuilder b =
        multipart("/api/imports")
            .file(new MockMultipartFile("file", name, "application/octet-stream", bytes));
    b.param("layer", layer);
    params.forEach(b::param);
    b.with(EDITOR).with(csrf());
    return b;
  }

  /**
   * SHA-256 over every row of the layer, feature and version tables in a fixed order: equal
   * checksums mean the store is byte for byte as it was.
   */
  static String storeChecksum(DataSource dataSource) throws Exception {
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    MessageDigest digest = MessageDigest.getInstance("SHA-256");
    for (String sql :
        List.of(
            "SELECT * FROM layer ORDER BY id",
            "SELECT layer_id, id, seq, name_zh, name_en, properties, ST_AsBinary(geom) FROM feature"
                + " ORDER BY layer_id, seq",
            "SELECT * FROM layer_version ORDER BY layer_id, version",
            "SELECT * FROM layer_version_feature ORDER BY layer_id, version, seq")) {
      jdbc.query(
          sql,
          rs -> {
            int n = rs.getMetaData().getColumnCount();
            for (int i = 1; i <= n; i++) {
              Object v = rs.getObject(i);
              String text =
                  v == null
                      ? "<null>" // the sample has empty columns; the fixture has none
                      : v instanceof byte[] b ? HexFormat.of().formatHex(b) : rs.getString(i);
              digest.update(text.getBytes(StandardCharsets.UTF_8));
              digest.update((byte) 0);
            }
          });
    }
    return HexFormat.of().formatHex(digest.digest());
  }
}
