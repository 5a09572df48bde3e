package cn.chegu.viewer.web;

import static cn.chegu.viewer.web.ImportRequests.storeChecksum;
import static cn.chegu.viewer.web.ImportRequests.upload;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.FileSystemUtils;

/**
 * Every file of the {@link BadFileCorpus} is refused with a 4xx that says what is wrong, and the
 * store (layers, features, versions) is byte for byte as before; no temporary file is left behind.
 */
@ApiTest
class ImportCorpusTest {

  private static Path tmp;

  @Autowired MockMvc mvc;
  @Autowired DataSource dataSource;
  private final ObjectMapper json = new ObjectMapper();

  static Stream<BadFileCorpus.Case> corpus() throws Exception {
    tmp = Files.createTempDirectory("corpus");
    return BadFileCorpus.all(tmp).stream();
  }

  @AfterAll
  static void cleanUp() throws Exception {
    if (tmp != null) {
      FileSystemUtils.deleteRecursively(tmp);
    }
  }

  @Test
  void theCorpusHasAtLeastFortyFiles() throws Exception {
    Path dir = Files.createTempDirectory("corpus-count");
    try {
      assertThat(BadFileCorpus.all(dir)).hasSizeGreaterThanOrEqualTo(40);
    } finally {
      FileSystemUtils.deleteRecursively(dir);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void refusedClearlyAndNothingChanges(BadFileCorpus.Case c) throws Exception {
    String before = storeChecksum(dataSource);
    List<Path> tempsBefore = importTemps();
    MockHttpServletResponse r =
        mvc.perform(upload(c.fileName(), c.bytes(), c.layer(), c.paramsWithoutLayer()))
            .andReturn()
            .getResponse();
    assertThat(r.getStatus()).as(c.defect()).isBetween(400, 499);
    JsonNode body = json.readTree(r.getContentAsString(StandardCharsets.UTF_8));
    String message = body.path("message").asText();
    assertThat(message).as(c.defect()).isNotBlank().doesNotContain("internal error");
    if (r.getStatus() == 422) {
      JsonNode first = body.path("errors").get(0);
      assertThat(first.path("file").asText()).as(c.defect()).isNotBlank();
      assertThat(first.path("feature").asText()).as(c.defect()).isNotBlank();
    }
    assertThat(storeChecksum(dataSource)).as(c.defect() + ": store changed").isEqualTo(before);
    assertThat(importTemps()).as(c.defect() + ": temp dir left").isEqualTo(tempsBefore);
  }

  private static List<Path> importTemps() throws Exception {
    try (Stream<Path> s = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      return s.filter(p -> p.getFileName().toString().startsWith("chegu-import-"))
          .sorted()
          .toList();
    }
  }
}
