package cn.chegu.viewer.imports;

import cn.chegu.viewer.io.ImportFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.util.FileSystemUtils;

/**
 * An upload saved in a fresh temporary directory with its SHA-256, and the readers under the
 * configured zip limits — what both the layer import ({@link ImportService}) and the area import
 * ({@link AreaImportService}) start from. Closing it removes the directory (whatever happened).
 *
 * @param workDir the temporary directory (readers unpack below it)
 * @param file the saved upload
 * @param sha256 the upload's SHA-256, hex
 * @param files the readers, with the zip limits of {@link ImportProperties}
 */
record StagedUpload(Path workDir, Path file, String sha256, ImportFiles files)
    implements AutoCloseable {

  /**
   * Saves {@code content} under a new directory named {@code prefix…}.
   *
   * @throws IllegalStateException when the temporary directory cannot be written
   */
  static StagedUpload save(InputStream content, String prefix, ImportProperties limits) {
    Path work = null;
    try {
      work = Files.createTempDirectory(prefix);
      Path upload = work.resolve("upload");
      String sha256 = copy(content, upload);
      return new StagedUpload(work, upload, sha256, limits.readers());
    } catch (IOException | RuntimeException e) {
      delete(work);
      if (e instanceof IOException io) {
        throw new IllegalStateException(
            "cannot stage the upload in a temporary directory", new UncheckedIOException(io));
      }
      throw (RuntimeException) e;
    }
  }

  @Override
  public void close() {
    delete(workDir);
  }

  private static void delete(Path dir) {
    if (dir != null) {
      try {
        FileSystemUtils.deleteRecursively(dir);
      } catch (IOException ignored) {
        // the OS cleans its temporary directory; nothing depends on it any more
      }
    }
  }

  private static String copy(InputStream content, Path target) throws IOException {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    try (InputStream in = new DigestInputStream(content, digest)) {
      Files.copy(in, target);
    }
    return HexFormat.of().formatHex(digest.digest());
  }
}
