package cn.chegu.viewer.report;

import cn.chegu.viewer.report.ReportContent.LayerRow;
import cn.chegu.viewer.report.ViewReport.Table;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a {@link ViewReport} as a workbook: a sheet "headline" (view, figure, date, dataset), one
 * sheet per table with the panel's text, then "rules" and "layers".
 */
final class ViewXlsx {

  byte[] write(ViewReport r) {
    try (XSSFWorkbook wb = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet head = wb.createSheet("headline");
      row(head, List.of("view", r.kind()));
      row(head, List.of("title", r.titleZh() + " / " + r.titleEn()));
      row(head, List.of("description", r.description()));
      row(head, List.of(r.headlineLabel(), r.headline()));
      row(head, List.of("generated", r.generatedAt().toString()));
      row(head, List.of("dataset", r.datasetChecksum()));
      for (Table t : r.tables()) {
        Sheet s = wb.createSheet(t.sheet());
        row(s, t.headers());
        t.rows().forEach(x -> row(s, x));
      }
      Sheet rules = wb.createSheet("rules");
      r.rules().forEach(x -> row(rules, List.of(x)));
      Sheet layers = wb.createSheet("layers");
      row(layers, List.of("id", "title", "title_zh", "features", "origin", "licence"));
      for (LayerRow l : r.layers()) {
        row(
            layers,
            List.of(
                l.id(),
                l.title(),
                l.titleZh(),
                Integer.toString(l.features()),
                l.origin(),
                l.licence()));
      }
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void row(Sheet s, List<String> cells) {
    Row row = s.createRow(s.getPhysicalNumberOfRows());
    for (int i = 0; i < cells.size(); i++) {
      row.createCell(i).setCellValue(cells.get(i) == null ? "" : cells.get(i));
    }
  }
}
