package cn.chegu.viewer.web;

import static cn.chegu.viewer.web.ImportRequests.storeChecksum;
import static cn.chegu.viewer.web.ImportRequests.upload;
import static org.assertj.core.api.Assertions.assertThat;

import cn.chegu.viewer.imports.ImportProperties;
import cn.chegu.viewer.io.HostileFileTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The hostile imports of issue 20 answer a 4xx promptly at the default limits ({@code
 * chegu.imports.*}, README) and write nothing: a GeoPackage whose table is an endlessly recursive
 * view, a 1,000,000-row CSV, a zip declaring a 900 MB .dbf.
 */
@ApiTest
class HostileImportApiTest {

  @Autowired MockMvc mvc;
  @Autowired DataSource dataSource;
  @Autowired ImportProperties limits;
  @TempDir Path dir;

  private final ObjectMapper json = new ObjectMapper();

  private record Answer(int status, String message, Duration took) {}

  private Answer post(String name, byte[] bytes) throws Exception {
    String before = storeChecksum(dataSource);
    long start = System.nanoTime();
    MockHttpServletResponse r =
        mvc.perform(upload(name, bytes, "facilities", Map.of("mode", "append")))
            .andReturn()
            .getResponse();
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    assertThat(storeChecksum(dataSource)).as(name + ": nothing written").isEqualTo(before);
    JsonNode body = json.readTree(r.getContentAsString(StandardCharsets.UTF_8));
    return new Answer(r.getStatus(), body.path("message").asText(), took);
  }

  @Test
  void theReadmeStatesTheDefaultLimits() throws Exception {
    String readme = Files.readString(Path.of("README.md"));
    NumberFormat n = NumberFormat.getIntegerInstance(Locale.ROOT);
    assertThat(readme)
        .contains("at most " + n.format(limits.maxFeatures()) + " features (`max-features`)")
        .contains(n.format(limits.maxVertices()) + " vertices (`max-vertices`)")
        .contains(limits.maxUnzippedMegabytes() + " MB inflated (`max-unzipped-megabytes`")
        .contains("one import may take " + limits.timeoutSeconds() + " s (`timeout-seconds`)");
  }

  @Test
  void aGeoPackageWhoseTableIsAnEndlessViewIsRefusedAtOnce() throws Exception {
    byte[] gpkg = HostileFileTest.recursiveViewGeoPackage(dir);
    assertThat(gpkg.length).as("about 100 KB").isLessThan(200_000);
    Answer a = post("loop.gpkg", gpkg);
    assertThat(a.status()).isEqualTo(422);
    assertThat(a.message()).contains("'fac' is a view");
    assertThat(a.took()).isLessThan(Duration.ofSeconds(10));
  }

  @Test
  void aMillionRowCsvIsRefusedByTheRowLimitWhileRead() throws Exception {
    ByteArrayOutputStream csv = new ByteArrayOutputStream(56 << 20);
    csv.writeBytes("id,name_zh,type,status,lon,lat\n".getBytes(StandardCharsets.UTF_8));
    for (int i = 0; i < 1_000_000; i++) {
      csv.writeBytes(
          ("row-" + i + ",卫生站" + i + ",community_health_station,existing,114.16,30.50\n")
              .getBytes(StandardCharsets.UTF_8));
    }
    Answer a = post("million.csv", csv.toByteArray());
    assertThat(a.status()).isEqualTo(413);
    assertThat(a.message()).contains("more than " + limits.maxFeatures() + " features");
    assertThat(a.took()).isLessThan(Duration.ofSeconds(60));
  }

  @Test
  void aSixMegabyteZipDeclaringA900MegabyteDbfIsRefusedBeforeInflating() throws Exception {
    // the Shapefile plus 6 MB of incompressible padding: the ratio guard alone (200 x 6 MB)
    // would let 900 MB through; the absolute limit (512 MB by default) does not
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out);
        ZipInputStream shp =
            new ZipInputStream(new ByteArrayInputStream(HostileFileTest.shapefileZip()))) {
      for (ZipEntry e = shp.getNextEntry(); e != null; e = shp.getNextEntry()) {
        z.putNextEntry(new ZipEntry(e.getName()));
        z.write(shp.readAllBytes());
      }
      byte[] padding = new byte[6 << 20];
      new Random(20).nextBytes(padding);
      z.putNextEntry(new ZipEntry("readme.bin"));
      z.write(padding);
    }
    byte[] zip = HostileFileTest.declaring(out.toByteArray(), ".dbf", 900L << 20);
    assertThat(zip.length).isGreaterThan(6 << 20);
    Answer a = post("huge-dbf.zip", zip);
    assertThat(a.status()).isEqualTo(413);
    assertThat(a.message()).contains("declare 906 MB").contains("max-unzipped-megabytes");
    assertThat(a.took()).isLessThan(Duration.ofSeconds(10));
  }
}
