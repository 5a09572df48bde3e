package cn.chegu.viewer.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.apache.commons.compress.archivers.zip.UnicodePathExtraField;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;

/**
 * Unpacks an uploaded zip into a directory the caller owns, refusing hostile archives before
 * anything of theirs reaches the disk outside it: entry names that are absolute or climb out
 * ({@code ../}, "zip slip"), more than {@code maxEntries} entries, more than {@code
 * maxUncompressedBytes} in total, or a compression ratio above {@code maxRatio} ("zip bomb"). Sizes
 * are counted while inflating, never taken from the headers, which an attacker writes.
 *
 * <p>Entry names: a name flagged UTF-8 (general purpose bit 11) or carrying Info-ZIP's Unicode path
 * field is read as such; an unflagged name — what the Windows shell and WinRAR write on a Chinese
 * system — is read as UTF-8 when its bytes are valid UTF-8 and as GB18030 (a superset of GBK)
 * otherwise. A name with a NUL byte is refused: no file system can hold it.
 */
public final class SafeArchive {

  private final int maxEntries;
  private final long maxUncompressedBytes;
  private final double maxRatio;

  public SafeArchive(int maxEntries, long maxUncompressedBytes, double maxRatio) {
    this.maxEntries = maxEntries;
    this.maxUncompressedBytes = maxUncompressedBytes;
    this.maxRatio = maxRatio;
  }

  /** Defaults: 1,000 entries, 2 GB, ratio 200. */
  public static SafeArchive defaults() {
    return new SafeArchive(1_000, 2L << 30, 200);
  }

  /**
   * Refuses {@code zip} at once when its central directory declares more than it may unpack to, so
   * an honest header of a huge entry (a 900 MB .dbf in a 6 MB zip) costs no inflating at all. The
   * headers are written by whoever made the file, so {@link #unpack} still counts what really
   * inflates; a directory this reader cannot parse is left to that count.
   *
   * @throws ImportTooLargeException when the declared sizes exceed the limit
   */
  public void requireDeclaredSizes(Path zip, String fileName) {
    long declared = 0;
    long zipBytes;
    try (ZipFile file = new ZipFile(zip.toFile(), StandardCharsets.ISO_8859_1)) {
      zipBytes = Files.size(zip);
      for (ZipEntry e : java.util.Collections.list(file.entries())) {
        declared += Math.max(0, e.getSize());
      }
    } catch (IOException | RuntimeException e) {
      return; // unreadable directory: unpack() reports it, counting what inflates
    }
    long budget = budget(zipBytes);
    if (declared > budget) {
      throw tooLarge(fileName, "its entries declare " + (declared >> 20) + " MB", budget);
    }
  }

  private long budget(long zipBytes) {
    return (long) Math.min(maxUncompressedBytes, Math.max(1, zipBytes) * maxRatio);
  }

  private ImportTooLargeException tooLarge(String fileName, String what, long budget) {
    return new ImportTooLargeException(
        fileName
            + ": archive refused: "
            + what
            + ", more than "
            + (budget >= maxUncompressedBytes
                ? maxUncompressedBytes / (1 << 20) + " MB (chegu.imports.max-unzipped-megabytes)"
                : (long) maxRatio + " times its size (zip bomb?)"));
  }

  /**
   * Unpacks {@code zip} (its size {@code zipBytes}) into {@code target}; returns the files written.
   *
   * @throws InvalidImportFileException for an unsafe or unreadable archive
   */
  public List<Path> unpack(InputStream zip, long zipBytes, Path target, String fileName) {
    Path root = target.toAbsolutePath().normalize();
    List<Path> written = new ArrayList<>();
    long total = 0;
    long budget = budget(zipBytes);
    // ISO-8859-1 for unflagged names keeps their bytes; name(entry) decodes them
    try (ZipArchiveInputStream in =
        new ZipArchiveInputStream(zip, StandardCharsets.ISO_8859_1.name(), true, true)) {
      ZipArchiveEntry entry;
      byte[] buffer = new byte[64 * 1024];
      while ((entry = in.getNextEntry()) != null) {
        String name = name(entry);
        if (name.indexOf('\0') >= 0) {
          throw refuse(
              fileName,
              "the entry name '"
                  + name.replace('\0', '?')
                  + "' holds a NUL byte (a broken archive?)");
        }
        if (written.size() >= maxEntries) {
          throw refuse(fileName, "it has more than " + maxEntries + " entries");
        }
        Path out = root.resolve(name).normalize();
        if (climbsOut(name) || !out.startsWith(root) || out.equals(root)) {
          throw refuse(fileName, "the entry '" + name + "' points outside the archive (zip slip)");
        }
        if (entry.isDirectory()) {
          continue;
        }
        Files.createDirectories(out.getParent());
        try (OutputStream os = Files.newOutputStream(out)) {
          int n;
          while ((n = in.read(buffer)) > 0) {
            total += n;
            if (total > budget) {
              throw tooLarge(fileName, "it inflates", budget);
            }
            os.write(buffer, 0, n);
          }
        }
        written.add(out);
      }
    } catch (ZipException e) {
      throw new InvalidImportFileException(fileName + ": not a readable zip archive", e);
    } catch (IOException e) {
      throw new InvalidImportFileException(fileName + ": cannot unpack: " + e.getMessage(), e);
    } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
      // commons-compress reports some malformed headers (extra fields, sizes) unchecked
      throw new InvalidImportFileException(
          fileName + ": not a readable zip archive (" + e.getMessage() + ")", e);
    }
    if (written.isEmpty()) {
      throw new InvalidImportFileException(fileName + ": the zip archive is empty");
    }
    return written;
  }

  /** The entry's name: UTF-8 when flagged or valid as such, else GB18030 (see class javadoc). */
  static String name(ZipArchiveEntry entry) {
    if (entry.getGeneralPurposeBit().usesUTF8ForNames()
        || entry.getExtraField(UnicodePathExtraField.UPATH_ID) != null) {
      return entry.getName();
    }
    byte[] raw = entry.getRawName();
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(raw))
          .toString();
    } catch (CharacterCodingException notUtf8) {
      return new String(raw, GB18030);
    }
  }

  private static final Charset GB18030 = Charset.forName("GB18030");

  private static boolean climbsOut(String name) {
    String n = name.replace('\\', '/');
    if (n.startsWith("/") || n.matches("^[A-Za-z]:.*")) {
      return true;
    }
    for (String segment : n.split("/")) {
      if (segment.equals("..")) {
        return true;
      }
    }
    return false;
  }

  private static InvalidImportFileException refuse(String fileName, String why) {
    return new InvalidImportFileException(fileName + ": archive refused: " + why);
  }
}
