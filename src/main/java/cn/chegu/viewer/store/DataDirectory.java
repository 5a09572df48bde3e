package cn.chegu.viewer.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Whether the embedded store's data directory can take writes now: it exists (or can be made), a
 * small file can be written, forced to disk and removed there, and at least {@code minFreeBytes}
 * are free. Asked at start ({@link DataDirectoryCheck}) and on every health call ({@link
 * StorageHealth}), so a full or read-only disk shows at once and its recovery too.
 */
public final class DataDirectory {

  private static final String PROBE = ".chegu-write-probe";

  private DataDirectory() {}

  /** One sentence saying why writes cannot succeed in {@code dir}, or null when they can. */
  public static String problem(Path dir, long minFreeBytes) {
    Path d = dir.toAbsolutePath().normalize();
    try {
      Files.createDirectories(d);
    } catch (IOException e) {
      return "the data directory " + d + " cannot be created (" + reason(e) + ")";
    }
    Path probe = d.resolve(PROBE);
    try (FileChannel c =
        FileChannel.open(
            probe,
            StandardOpenOption.CREATE,
            StandardOpenOption.WRITE,
            StandardOpenOption.TRUNCATE_EXISTING)) {
      c.write(ByteBuffer.allocate(4096));
      c.force(true);
    } catch (IOException e) {
      return "the data directory " + d + " is read-only or full (" + reason(e) + ")";
    } finally {
      try {
        Files.deleteIfExists(probe);
      } catch (IOException ignored) {
        // a probe left behind is 4 KB; the next probe truncates it
      }
    }
    try {
      long free = Files.getFileStore(d).getUsableSpace();
      if (free < minFreeBytes) {
        return "the data directory "
            + d
            + " has "
            + (free >> 20)
            + " MB free, less than chegu.storage.min-free-megabytes ("
            + (minFreeBytes >> 20)
            + " MB)";
      }
    } catch (IOException e) {
      return "the free space of the data directory " + d + " cannot be read (" + reason(e) + ")";
    }
    return null;
  }

  /** The usable bytes under {@code dir}, or -1 when unknown. */
  public static long freeBytes(Path dir) {
    try {
      return Files.getFileStore(dir.toAbsolutePath()).getUsableSpace();
    } catch (IOException e) {
      return -1;
    }
  }

  private static String reason(IOException e) {
    return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
  }
}
