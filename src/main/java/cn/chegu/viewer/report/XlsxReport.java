package cn.chegu.viewer.report;

import cn.chegu.viewer.indicator.Indicator;
import cn.chegu.viewer.report.ReportContent.AreaRow;
import cn.chegu.viewer.report.ReportContent.GapRow;
import cn.chegu.viewer.report.ReportContent.LayerRow;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a {@link ReportContent} as a workbook: sheets headline, areas, gaps, indicators, rules,
 * layers. Numbers stay numbers (shares as fractions) so a planner can compute with them.
 */
final class XlsxReport {

  byte[] write(ReportContent c) {
    try (XSSFWorkbook wb = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      headline(wb.createSheet("headline"), c);
      areas(wb.createSheet("areas"), c);
      Sheet gaps = wb.createSheet("gaps");
      row(gaps, "rank", "sub-district", "residents", "cells", "km2");
      for (GapRow g : c.gaps()) {
        row(gaps, g.rank(), g.area(), g.residents(), g.cells(), g.areaKm2());
      }
      Sheet ind = wb.createSheet("indicators");
      row(
          ind,
          "code",
          "name_zh",
          "name_en",
          "plan_ref",
          "unit",
          "baseline",
          "target",
          "target_text",
          "measured",
          "met",
          "method",
          "needs",
          "view");
      for (Indicator i : c.indicators()) {
        row(
            ind,
            i.code(),
            i.nameZh(),
            i.nameEn(),
            i.planRef(),
            i.unit(),
            i.baseline(),
            i.target(),
            i.targetText(),
            i.measured(),
            i.met(),
            i.method(),
            i.needs(),
            i.view());
      }
      Sheet rules = wb.createSheet("rules");
      row(rules, "rule / source");
      c.rules().forEach(r -> row(rules, r));
      Sheet layers = wb.createSheet("layers");
      row(layers, "data checksum (SHA-256)", c.datasetChecksum());
      row(
          layers,
          "id",
          "title",
          "title_zh",
          "features",
          "version",
          "origin",
          "licence",
          "schematic",
          "modelled");
      for (LayerRow l : c.layers()) {
        row(
            layers,
            l.id(),
            l.title(),
            l.titleZh(),
            l.features(),
            l.version(),
            l.origin(),
            l.licence(),
            l.schematic(),
            l.modelled());
      }
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void headline(Sheet s, ReportContent c) {
    var v = c.view();
    row(s, "standard", v.standard(), v.standardZh(), v.standardEn());
    row(s, "method", v.method());
    row(s, "year", v.year());
    row(s, "facilities", v.facilities());
    row(s, "generated", c.generatedAt().toString());
    row(s, "residents", c.headline().total());
    row(s, "covered", c.headline().covered());
    row(s, "share", c.headline().share());
    if (c.scenario() != null) {
      row(s, "scenario", v.scenarioId(), c.scenario().name());
      row(s, "scenario covered", c.scenario().after().covered());
      row(s, "scenario share", c.scenario().after().share());
      row(s, "delta covered", c.scenario().after().covered() - c.scenario().before().covered());
    }
    row(s, "title", c.title().zh(), c.title().en());
  }

  private static void areas(Sheet s, ReportContent c) {
    boolean sc = c.scenario() != null;
    List<Object> head =
        new ArrayList<>(Arrays.asList("sub-district", "residents", "covered", "share"));
    if (sc) {
      head.addAll(List.of("scenario covered", "delta"));
    }
    row(s, head.toArray());
    for (AreaRow a : c.areas()) {
      if (sc) {
        row(
            s,
            a.area(),
            a.total(),
            a.covered(),
            a.share(),
            a.scenarioCovered(),
            a.scenarioCovered() - a.covered());
      } else {
        row(s, a.area(), a.total(), a.covered(), a.share());
      }
    }
  }

  private static void row(Sheet s, Object... values) {
    Row r = s.createRow(s.getPhysicalNumberOfRows());
    for (int i = 0; i < values.length; i++) {
      Object v = values[i];
      if (v instanceof Number n) {
        r.createCell(i).setCellValue(n.doubleValue());
      } else if (v instanceof Boolean b) {
        r.createCell(i).setCellValue(b);
      } else if (v != null) {
        r.createCell(i).setCellValue(v.toString());
      }
    }
  }
}
