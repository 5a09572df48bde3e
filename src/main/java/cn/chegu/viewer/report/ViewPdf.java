package cn.chegu.viewer.report;

import cn.chegu.viewer.report.ViewReport.Table;
import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;

/** Lays a {@link ViewReport} out as an A4 PDF with the CJK font embedded (subsetted). */
final class ViewPdf {

  private final PdfStyle style;

  ViewPdf(CjkFont font) {
    style = new PdfStyle(font);
  }

  /** Tables with more columns than this give their first column (the row's name) more room. */
  static final int WIDE = 6;

  /** Relative widths: the first column 2.5 times the others, so a name stays on one line. */
  static float[] widths(int columns) {
    float[] w = new float[columns];
    Arrays.fill(w, 1f);
    w[0] = 2.5f;
    return w;
  }

  byte[] write(ViewReport r) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document doc = new Document(PageSize.A4, 40, 40, 40, 40);
    try {
      PdfWriter.getInstance(doc, out);
      doc.addTitle(r.titleZh() + " " + r.titleEn());
      doc.addCreator("chegu-viewer");
      doc.open();
      doc.add(new Paragraph(r.titleZh() + " · " + r.titleEn(), style.title));
      doc.add(new Paragraph(r.description(), style.body));
      String sum = r.datasetChecksum();
      doc.add(
          new Paragraph(
              "生成 Generated "
                  + PdfStyle.DATE.format(r.generatedAt())
                  + " · 数据 dataset "
                  + PdfStyle.shortSum(sum),
              style.small));
      Paragraph head = new Paragraph();
      head.setSpacingBefore(8);
      head.add(new Chunk(r.headlineLabel() + ": " + r.headline(), style.heading));
      doc.add(head);
      if (r.mapPng() != null) {
        Image img = Image.getInstance(r.mapPng());
        img.scaleToFit(doc.getPageSize().getWidth() - 80, 300);
        img.setAlignment(Element.ALIGN_CENTER);
        doc.add(img);
        doc.add(
            new Paragraph(
                "地图：本系统图层服务端绘制（示意数据）。Map drawn on the server from our own layers"
                    + " (schematic sample).",
                style.small));
      }
      for (Table t : r.tables()) {
        doc.add(style.section(t.title()));
        PdfPTable table = style.table(t.headers());
        if (t.headers().size() > WIDE) {
          table.setWidths(widths(t.headers().size()));
        }
        for (List<String> row : t.rows()) {
          row.forEach(c -> style.cell(table, c));
        }
        if (t.rows().isEmpty()) {
          PdfPCell none = new PdfPCell(new Phrase("— 无 none", style.small));
          none.setColspan(t.headers().size());
          table.addCell(none);
        }
        doc.add(table);
      }
      doc.add(style.section("规则与来源 Rules and sources"));
      for (String rule : r.rules()) {
        doc.add(new Paragraph("• " + rule, style.small));
      }
      doc.add(style.section("数据版本与来源 Data versions and provenance"));
      doc.add(new Paragraph("Dataset checksum " + sum, style.small));
      doc.add(style.layers(r.layers()));
      doc.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (DocumentException e) {
      throw new IllegalStateException("the PDF report could not be laid out: " + e.getMessage(), e);
    }
    return out.toByteArray();
  }
}
