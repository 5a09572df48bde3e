package cn.chegu.viewer.report;

import com.lowagie.text.pdf.BaseFont;
import java.awt.Font;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The CJK font of reports: a TrueType collection (TTC) of which the Simplified Chinese face is
 * chosen by name, or a single TTF/OTF. Loaded once per instance; PDF output embeds a subset.
 */
public final class CjkFont {

  /** Debian's fonts-noto-cjk. */
  public static final String DEFAULT_PATH =
      "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc";

  private final Path path;
  private volatile BaseFont pdfFont;
  private volatile Font awtFont;

  public CjkFont(String path) {
    this.path = Path.of(path == null || path.isBlank() ? DEFAULT_PATH : path);
  }

  /** The PDF font (Identity-H, embedded, subsetted on write). */
  public BaseFont pdf() {
    BaseFont f = pdfFont;
    if (f == null) {
      requireFile();
      try {
        f = BaseFont.createFont(pdfName(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
      } catch (Exception e) {
        throw new ReportFontMissingException("cannot read the report font " + path + ": " + e);
      }
      pdfFont = f;
    }
    return f;
  }

  /** The same face for Java2D map labels. */
  public Font awt() {
    Font f = awtFont;
    if (f == null) {
      requireFile();
      try {
        Font[] faces = Font.createFonts(path.toFile());
        f = faces[0];
        for (Font face : faces) {
          if (face.getFontName().contains(" SC")) {
            f = face;
          }
        }
      } catch (Exception e) {
        throw new ReportFontMissingException("cannot read the report font " + path + ": " + e);
      }
      awtFont = f;
    }
    return f;
  }

  /** For a TTC, "path,index" of the Simplified Chinese face; else the path. */
  private String pdfName() throws IOException {
    String p = path.toString();
    if (!p.toLowerCase().endsWith(".ttc")) {
      return p;
    }
    String[] names = BaseFont.enumerateTTCNames(p);
    for (int i = 0; i < names.length; i++) {
      if (names[i].endsWith("SC-Regular")
          || names[i].contains("CJKsc")
          || names[i].contains("SC")) {
        return p + "," + i;
      }
    }
    return p + ",0";
  }

  private void requireFile() {
    if (!Files.isReadable(path)) {
      throw new ReportFontMissingException(
          "the report needs a CJK font at "
              + path
              + " (Debian package fonts-noto-cjk, or set chegu.report.font to a TTF/OTF/TTC)");
    }
  }

  /** Whether the font file exists (for tests that need it). */
  public boolean available() {
    return new File(path.toString()).canRead();
  }
}
