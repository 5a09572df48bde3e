package cn.chegu.viewer.report;

import cn.chegu.viewer.indicator.Indicator;
import cn.chegu.viewer.report.ReportContent.AreaRow;
import cn.chegu.viewer.report.ReportContent.GapRow;
import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** Lays a {@link ReportContent} out as an A4 PDF with the CJK font embedded (subsetted). */
final class PdfReport {

  private final PdfStyle style;
  private final Font title;
  private final Font heading;
  private final Font body;
  private final Font small;
  private final Font bold;

  PdfReport(CjkFont font) {
    style = new PdfStyle(font);
    title = style.title;
    heading = style.heading;
    body = style.body;
    small = style.small;
    bold = style.bold;
  }

  byte[] write(ReportContent c) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document doc = new Document(PageSize.A4, 40, 40, 40, 40);
    try {
      PdfWriter.getInstance(doc, out);
      doc.addTitle(c.title().zh() + " " + c.view().standardZh());
      doc.addCreator("chegu-viewer");
      doc.open();
      header(doc, c);
      map(doc, c);
      areas(doc, c);
      gaps(doc, c.gaps());
      indicators(doc, c.indicators());
      rules(doc, c);
      doc.close();
    } catch (DocumentException e) {
      throw new IllegalStateException("the PDF report could not be laid out: " + e.getMessage(), e);
    }
    return out.toByteArray();
  }

  private void header(Document doc, ReportContent c) throws DocumentException {
    var v = c.view();
    doc.add(new Paragraph(c.title().zh() + " · " + c.title().en(), title));
    doc.add(
        new Paragraph(
            v.standardZh()
                + " / "
                + v.standardEn()
                + " — "
                + (v.method().equals("network") ? "路网时间 network" : "直线距离 straight line")
                + "，"
                + v.year()
                + "年人口 population，设施 facilities: "
                + v.facilities()
                + (v.scenarioId() == null
                    ? ""
                    : "，情景 scenario #" + v.scenarioId() + " " + v.scenarioName()),
            body));
    doc.add(
        new Paragraph(
            "生成 Generated "
                + PdfStyle.DATE.format(c.generatedAt())
                + " · 数据 dataset "
                + shortSum(c),
            small));
    var h = c.headline();
    Paragraph head = new Paragraph();
    head.setSpacingBefore(8);
    head.add(new Chunk("覆盖率 Coverage: " + h.percent() + " %", heading));
    head.add(
        new Chunk(
            "   " + fmt(h.covered()) + " / " + fmt(h.total()) + " 居民 residents 覆盖 covered", body));
    doc.add(head);
    if (c.scenario() != null) {
      var s = c.scenario();
      doc.add(
          new Paragraph(
              "情景 Scenario \""
                  + s.name()
                  + "\": "
                  + s.before().percent()
                  + " % → "
                  + s.after().percent()
                  + " %  (Δ "
                  + signed(s.after().covered() - s.before().covered())
                  + " residents)",
              bold));
    }
  }

  private void map(Document doc, ReportContent c) throws DocumentException {
    try {
      Image img = Image.getInstance(c.mapPng());
      img.scaleToFit(doc.getPageSize().getWidth() - 80, 380);
      img.setAlignment(Element.ALIGN_CENTER);
      doc.add(img);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    doc.add(
        new Paragraph(
            "地图：本系统图层服务端绘制（示意数据、模型人口）。Map drawn on the server from our own"
                + " layers (schematic sample, modelled population).",
            small));
  }

  private void areas(Document doc, ReportContent c) throws DocumentException {
    doc.add(section("各街道 By sub-district"));
    boolean sc = c.scenario() != null;
    PdfPTable t =
        table(
            sc
                ? List.of(
                    "街道 Sub-district",
                    "居民 Residents",
                    "覆盖 Covered",
                    "覆盖率 Share",
                    "情景 Scenario",
                    "Δ")
                : List.of("街道 Sub-district", "居民 Residents", "覆盖 Covered", "覆盖率 Share"));
    for (AreaRow a : c.areas()) {
      cell(t, a.area());
      cell(t, fmt(a.total()));
      cell(t, fmt(a.covered()));
      cell(t, a.percent() + " %");
      if (sc) {
        cell(t, fmt(a.scenarioCovered()));
        cell(t, signed(a.scenarioCovered() - a.covered()));
      }
    }
    doc.add(t);
  }

  private void gaps(Document doc, List<GapRow> gaps) throws DocumentException {
    doc.add(section("缺口排名 Ranked gaps (baseline)"));
    PdfPTable t = table(List.of("#", "街道 Sub-district", "居民 Residents", "格 Cells", "km²"));
    for (GapRow g : gaps) {
      cell(t, Integer.toString(g.rank()));
      cell(t, g.area());
      cell(t, fmt(g.residents()));
      cell(t, Integer.toString(g.cells()));
      cell(t, Double.toString(g.areaKm2()));
    }
    doc.add(t);
  }

  private void indicators(Document doc, List<Indicator> list) throws DocumentException {
    doc.add(section("规划指标 Plan indicators"));
    PdfPTable t =
        table(List.of("指标 Indicator", "条款 Ref", "2020", "目标 Target", "测得 Measured", "达标 Met"));
    for (Indicator i : list) {
      cell(t, i.nameZh() + (i.unit() == null ? "" : " (" + i.unit() + ")"));
      cell(t, i.planRef());
      cell(t, num(i.baseline()));
      cell(t, i.target() == null ? i.targetText() : num(i.target()));
      cell(t, i.measured() == null ? "— 需要 needs: " + i.needs() : num(i.measured()));
      cell(t, i.met() == null ? "—" : i.met() ? "是 yes" : "否 no");
    }
    doc.add(t);
  }

  private void rules(Document doc, ReportContent c) throws DocumentException {
    doc.add(section("规则与来源 Rules and sources"));
    for (String r : c.rules()) {
      doc.add(new Paragraph("• " + r, small));
    }
    doc.add(section("数据版本与来源 Data versions and provenance"));
    doc.add(new Paragraph("数据校验和 Data checksum (SHA-256) " + c.datasetChecksum(), small));
    doc.add(style.layers(c.layers()));
  }

  private Paragraph section(String text) {
    return style.section(text);
  }

  private PdfPTable table(List<String> headers) {
    return style.table(headers);
  }

  private void cell(PdfPTable t, String text) {
    style.cell(t, text);
  }

  private static String shortSum(ReportContent c) {
    return PdfStyle.shortSum(c.datasetChecksum());
  }

  static String fmt(long n) {
    return String.format("%,d", n);
  }

  static String signed(long n) {
    return (n > 0 ? "+" : "") + fmt(n);
  }

  static String num(Double v) {
    if (v == null) {
      return "—";
    }
    return ReportRules.trim(v);
  }
}
