package cn.chegu.viewer.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/** CSV and XLSX exports never hand a spreadsheet a formula it would run. */
class FeatureExportTest {

  private static List<ExportFeature> rows() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("name", "=HYPERLINK(\"http://example.invalid\",\"x\")");
    values.put("plus", "+1+2");
    values.put("minus", "-2+3");
    values.put("at", "@SUM(A1)");
    values.put("plain", "社区卫生站");
    values.put("number", -3.5);
    values.put("=cmd", "header too");
    return List.of(
        new ExportFeature(new GeometryFactory().createPoint(new Coordinate(114.1, 30.4)), values));
  }

  @Test
  void csvCellsThatStartLikeAFormulaGetAnApostrophe() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    FeatureExport.write(ExportFormat.CSV, "t", Crs.WGS84, rows(), out);
    String[] lines = out.toString(StandardCharsets.UTF_8).replace("\uFEFF", "").split("\r?\n");
    assertThat(lines[0]).isEqualTo("name,plus,minus,at,plain,number,'=cmd,x,y");
    assertThat(lines[1])
        .isEqualTo(
            "\"'=HYPERLINK(\"\"http://example.invalid\"\",\"\"x\"\")\",'+1+2,'-2+3,'@SUM(A1),"
                + "社区卫生站,-3.5,header too,114.1,30.4");
  }

  @Test
  void xlsxCellsAreTextWithTheApostropheAndNumbersStayNumbers() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    FeatureExport.write(ExportFormat.XLSX, "t", Crs.WGS84, rows(), out);
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      Row row = book.getSheetAt(0).getRow(1);
      for (Cell cell : row) {
        assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
      }
      assertThat(row.getCell(0).getStringCellValue()).startsWith("'=HYPERLINK(");
      assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(-3.5);
      assertThat(book.getSheetAt(0).getRow(0).getCell(6).getStringCellValue()).isEqualTo("'=cmd");
    }
  }
}
