package cn.chegu.viewer.report;

import cn.chegu.viewer.report.ReportContent.LayerRow;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The fonts and the few building blocks (heading, table, cell) every PDF report uses. */
final class PdfStyle {

  static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneId.of("UTC"));

  final Font title;
  final Font heading;
  final Font body;
  final Font small;
  final Font bold;

  PdfStyle(CjkFont font) {
    var bf = font.pdf();
    title = new Font(bf, 18, Font.BOLD);
    heading = new Font(bf, 13, Font.BOLD, new Color(0x1f4e9c));
    body = new Font(bf, 10);
    small = new Font(bf, 8, Font.NORMAL, new Color(0x444444));
    bold = new Font(bf, 10, Font.BOLD);
  }

  Paragraph section(String text) {
    Paragraph p = new Paragraph(text, heading);
    p.setSpacingBefore(10);
    p.setSpacingAfter(4);
    return p;
  }

  PdfPTable table(List<String> headers) {
    PdfPTable t = new PdfPTable(headers.size());
    t.setWidthPercentage(100);
    t.setHeaderRows(1);
    for (String h : headers) {
      PdfPCell cell = new PdfPCell(new Phrase(h, bold));
      cell.setBackgroundColor(new Color(0xe8eef7));
      t.addCell(cell);
    }
    return t;
  }

  void cell(PdfPTable t, String text) {
    t.addCell(new PdfPCell(new Phrase(text == null ? "" : text, small)));
  }

  /** The data versions and provenance table. */
  PdfPTable layers(List<LayerRow> layers) {
    PdfPTable t =
        table(List.of("图层 Layer", "要素 Features", "版本 Version", "来源 Origin", "许可 Licence"));
    for (LayerRow l : layers) {
      cell(
          t,
          l.titleZh()
              + " / "
              + l.title()
              + (l.modelled() ? " (modelled)" : l.schematic() ? " (schematic)" : ""));
      cell(t, Figures.count(l.features()));
      cell(t, Integer.toString(l.version()));
      cell(t, l.origin());
      cell(t, l.licence());
    }
    return t;
  }

  static String shortSum(String s) {
    return s.length() > 12 ? s.substring(0, 12) : s;
  }
}
