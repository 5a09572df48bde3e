package cn.chegu.viewer.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Import warnings in Chinese keep every number and name of the English sentence. */
class ImportWarningsZhTest {

  private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");

  private static List<String> numbers(String s) {
    List<String> out = new ArrayList<>();
    Matcher m = NUMBER.matcher(s);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "3 population cells have no subdistrict: the analysis takes the admin unit around each"
            + " (spatial join with subdistricts)",
        "2 features name a subdistrict other than the admin unit they lie in (kept as given; e.g."
            + " c-1 says '沌口街', lies in '军山街'; c-9 says 'x', lies in no admin unit)",
        "12 population cells took their subdistrict from the admin unit around them",
        "4 population cells lie in no admin unit (subdistrict left empty)",
        "2 roads have no speed_kmh and take their class's design speed (CJJ 37-2012): {local 30.0"
            + " km/h=2}",
        "no crs given: coordinates read as WGS84 longitude/latitude (pass crs=GCJ02 for"
            + " Gaode/Tencent, BD09 for Baidu)",
        "zone.shp: no CRS declared; read as WGS84 longitude/latitude",
        "crs=EPSG:4547 overrides the file's EPSG:4326",
        "the CSV is not UTF-8: read as GB18030 (GBK); pass encoding= if names look wrong",
        "the column names were found on row 3 (the rows above read as titles); pass headerRow= to"
            + " choose another",
        "120 ways tagged highway: 100 imported, skipped 20 (see README: the highway → class table)",
        "f-7: invalid geometry repaired (Self-intersection)",
        "'rivers' is not a layer name and was left out (names: [zone, roads])",
        "pop.tif: the raster names World Mollweide; read as ESRI:54009",
        "pop.tif: the raster's EPSG:3857 is not supported"
      })
  void aKnownWarningIsChineseWithTheSameNumbers(String en) {
    String zh = ImportWarningsZh.one(en);
    assertThat(zh).isNotEqualTo(en).containsPattern("\\p{IsHan}");
    assertThat(numbers(zh)).isEqualTo(numbers(en));
  }

  @Test
  void anUnknownWarningStaysAsGiven() {
    assertThat(ImportWarningsZh.of(List.of("something new"))).containsExactly("something new");
    assertThat(
            ImportWarningsZh.one(
                "4 population cells lie in no admin unit (subdistrict left empty)"))
        .isEqualTo("4 个人口网格不在任何行政单元内（所属街道留空）");
  }
}
