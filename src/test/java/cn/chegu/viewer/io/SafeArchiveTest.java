package cn.chegu.viewer.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile archives never write outside the work directory. */
class SafeArchiveTest {

  @TempDir Path dir;

  static byte[] zip(String name, byte[] content, int copies) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      for (int i = 0; i < copies; i++) {
        z.putNextEntry(new ZipEntry(copies == 1 ? name : i + name));
        z.write(content);
        z.closeEntry();
      }
    }
    return out.toByteArray();
  }

  private List<Path> unpack(SafeArchive a, byte[] zip) {
    return a.unpack(new ByteArrayInputStream(zip), zip.length, dir.resolve("work"), "x.zip");
  }

  @Test
  void ordinaryArchiveUnpacksInsideTheDirectory() throws IOException {
    List<Path> files = unpack(SafeArchive.defaults(), zip("sub/a.geojson", "{}".getBytes(), 1));
    assertThat(files).hasSize(1);
    assertThat(files.get(0)).startsWith(dir.resolve("work"));
  }

  @Test
  void zipSlipIsRefusedAndNothingIsWrittenOutside() throws IOException {
    for (String evil :
        List.of(
            "../evil.shp", "../../evil.shp", "/tmp/evil.shp", "a/../../evil.shp", "..\\evil.shp")) {
      assertThatThrownBy(() -> unpack(SafeArchive.defaults(), zip(evil, "x".getBytes(), 1)))
          .isInstanceOf(InvalidImportFileException.class)
          .hasMessageContaining("zip slip");
    }
    assertThat(Files.exists(dir.resolve("evil.shp"))).isFalse();
  }

  @Test
  void bombsAndFloodsAreRefused() throws IOException {
    byte[] spaces = new byte[4 << 20];
    java.util.Arrays.fill(spaces, (byte) ' ');
    assertThatThrownBy(
            () -> unpack(new SafeArchive(100, 1L << 30, 100), zip("b.geojson", spaces, 1)))
        .hasMessageContaining("zip bomb");
    assertThatThrownBy(
            () -> unpack(new SafeArchive(100, 1 << 20, 1e9), zip("b.geojson", spaces, 1)))
        .hasMessageContaining("1 MB");
    assertThatThrownBy(
            () -> unpack(new SafeArchive(10, 1L << 30, 1e9), zip("f.txt", "x".getBytes(), 11)))
        .hasMessageContaining("more than 10 entries");
  }

  /** A zip as the Windows shell writes it on a Chinese system: GBK names, no UTF-8 flag. */
  static byte[] zipNamed(java.nio.charset.Charset charset, String... names) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out, charset)) {
      for (String name : names) {
        z.putNextEntry(new ZipEntry(name));
        z.write(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        z.closeEntry();
      }
    }
    return out.toByteArray();
  }

  @Test
  void gbkNamesWithoutTheUtf8FlagAreReadAsChinese() throws IOException {
    byte[] zip = zipNamed(java.nio.charset.Charset.forName("GBK"), "道路/沌口街道.geojson", "设施.csv");
    // the bytes really are GBK: 道 = D0 C0, and bit 11 (UTF-8) of the first header is clear
    assertThat(new String(zip, java.nio.charset.StandardCharsets.ISO_8859_1))
        .contains(new String("道路".getBytes("GBK"), java.nio.charset.StandardCharsets.ISO_8859_1));
    assertThat(zip[7] & 0x08).isZero();
    List<Path> files = unpack(SafeArchive.defaults(), zip);
    assertThat(files)
        .containsExactly(
            dir.resolve("work/道路/沌口街道.geojson").toAbsolutePath().normalize(),
            dir.resolve("work/设施.csv").toAbsolutePath().normalize());
    assertThat(Files.readString(files.get(1))).isEqualTo("设施.csv");
  }

  @Test
  void utf8NamesAreReadAsUtf8WithOrWithoutTheFlag() throws IOException {
    // java.util.zip flags UTF-8 names; an ISO-8859-1 stream of UTF-8 bytes is the unflagged kind
    String name = "道路.geojson";
    String utf8AsLatin1 =
        new String(
            name.getBytes(java.nio.charset.StandardCharsets.UTF_8),
            java.nio.charset.StandardCharsets.ISO_8859_1);
    for (byte[] zip :
        List.of(
            zipNamed(java.nio.charset.StandardCharsets.UTF_8, name),
            zipNamed(java.nio.charset.StandardCharsets.ISO_8859_1, utf8AsLatin1))) {
      assertThat(unpack(SafeArchive.defaults(), zip).get(0).getFileName().toString())
          .isEqualTo(name);
    }
  }

  @Test
  void aNulByteInANameIsRefused() throws IOException {
    byte[] zip = zipNamed(java.nio.charset.StandardCharsets.UTF_8, "roads\0.shp");
    assertThatThrownBy(() -> unpack(SafeArchive.defaults(), zip))
        .isInstanceOf(InvalidImportFileException.class)
        .hasMessageContaining("NUL byte");
  }
}
