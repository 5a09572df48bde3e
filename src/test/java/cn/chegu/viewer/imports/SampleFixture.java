package cn.chegu.viewer.imports;

import cn.chegu.viewer.io.ImportFiles;
import cn.chegu.viewer.io.SafeArchive;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The hand-made sample fixture ({@code src/test/resources/fixtures/gis-data}: zone 1, parks 2,
 * transport 2, facilities 2 features) and ways to break a copy of it.
 */
final class SampleFixture {

  static final String LOCATION = "classpath:fixtures/gis-data/";
  static final List<String> FILES =
      List.of(
          "MANIFEST.json",
          "zone.geojson",
          "parks.geojson",
          "transport.geojson",
          "facilities.geojson");

  /** park-2's ring, and the same corners visited in a crossing order (a bow tie). */
  static final String PARK_2_RING =
      "[[[114.20, 30.35], [114.25, 30.35], [114.25, 30.40], [114.20, 30.40],";

  static final String PARK_2_BOW_TIE =
      "[[[114.20, 30.35], [114.25, 30.40], [114.25, 30.35], [114.20, 30.40],";

  private SampleFixture() {}

  /** The import readers with small zip limits (the fixture holds no zip). */
  static ImportFiles readers() {
    return new ImportFiles(new SafeArchive(10, 1 << 20, 100));
  }

  /** Copies the fixture into {@code directory}. */
  static void copyTo(Path directory) {
    for (String file : FILES) {
      try (InputStream in = SampleFixture.class.getResourceAsStream("/fixtures/gis-data/" + file)) {
        Files.write(directory.resolve(file), in.readAllBytes());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** Replaces {@code from} by {@code to} in the copied {@code file}; fails when it is not there. */
  static void edit(Path directory, String file, String from, String to) {
    Path path = directory.resolve(file);
    try {
      String text = Files.readString(path);
      if (!text.contains(from)) {
        throw new IllegalArgumentException(file + " does not contain " + from);
      }
      Files.writeString(path, text.replace(from, to));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
