package cn.chegu.viewer.imports;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The import warnings in Chinese, for {@code warningsZh} of an import answer. A warning is built in
 * English where its numbers are known (readers, checks); here each known sentence is matched and
 * its captured parts — counts, names, CRS codes — are set into the Chinese sentence, so both
 * languages carry the very same values. A warning no pattern knows stays in English.
 */
final class ImportWarningsZh {

  private record Rule(Pattern en, String zh) {}

  private static final List<Rule> RULES =
      List.of(
          rule(
              "(\\d+) population cells have no subdistrict: the analysis takes the admin unit"
                  + " around each \\(spatial join with subdistricts\\)",
              "$1 个人口网格未填所属街道：分析时取其所在的行政单元（与街道图层空间连接）"),
          rule(
              "(\\d+) features name a subdistrict other than the admin unit they lie in \\(kept as"
                  + " given; e\\.g\\. (.*)\\)",
              "$1 个要素所填街道与其所在的行政单元不一致（按原值保留；例如 $2）"),
          rule(
              "(\\d+) population cells took their subdistrict from the admin unit around them",
              "$1 个人口网格的所属街道取自其所在的行政单元"),
          rule(
              "(\\d+) population cells lie in no admin unit \\(subdistrict left empty\\)",
              "$1 个人口网格不在任何行政单元内（所属街道留空）"),
          rule(
              "(\\d+) roads have no speed_kmh and take their class's design speed \\(CJJ"
                  + " 37-2012\\): (.*)",
              "$1 条道路无 speed_kmh，按其道路等级的设计速度计（CJJ 37-2012）：$2"),
          rule(
              "no crs given: coordinates read as WGS84 longitude/latitude \\(pass crs=GCJ02 for"
                  + " Gaode/Tencent, BD09 for Baidu\\)",
              "未给出 crs：坐标按 WGS84 经纬度读取（高德/腾讯坐标请传 crs=GCJ02，百度坐标请传 crs=BD09）"),
          rule(
              "(.+): no CRS declared; read as WGS84 longitude/latitude", "$1：未声明坐标系，按 WGS84 经纬度读取"),
          rule("crs=(\\S+) overrides the file's (.+)", "crs=$1 覆盖了文件声明的 $2"),
          rule(
              "the CSV is not UTF-8: read as GB18030 \\(GBK\\); pass encoding= if names look wrong",
              "CSV 不是 UTF-8 编码：已按 GB18030（GBK）读取；若名称显示为乱码，请传 encoding="),
          rule(
              "the column names were found on row (\\d+) \\(the rows above read as titles\\); pass"
                  + " headerRow= to choose another",
              "列名位于第 $1 行（其上各行视为标题）；可传 headerRow= 另行指定"),
          rule(
              "(\\d+) ways tagged highway: (\\d+) imported, skipped (.*) \\(see README: the"
                  + " highway → class table\\)",
              "$1 条带 highway 标签的路段：导入 $2 条，跳过 $3（见 README：highway → 道路等级对照表）"),
          rule("(.+): invalid geometry repaired \\((.*)\\)", "$1：无效几何已修复（$2）"),
          rule(
              "'(.+)' is not a layer name and was left out \\(names: (.*)\\)",
              "'$1' 不是图层名，已略去（可用图层名：$2）"),
          rule(
              "(.+): the raster names World Mollweide; read as ESRI:54009",
              "$1：栅格声明为 World Mollweide 投影，按 ESRI:54009 读取"),
          rule("(.+): the raster's EPSG:(\\d+) is not supported", "$1：栅格的 EPSG:$2 暂不支持"));

  /** "x says 'a', lies in 'b'" — the examples of a subdistrict mismatch. */
  private static final Pattern EXAMPLE =
      Pattern.compile("(\\S+) says '([^']*)', lies in ('[^']*'|no admin unit)");

  private ImportWarningsZh() {}

  private static Rule rule(String en, String zh) {
    return new Rule(Pattern.compile(en), zh);
  }

  /** Each warning in Chinese where its sentence is known, else as given; one for one. */
  static List<String> of(List<String> warnings) {
    return warnings == null ? null : warnings.stream().map(ImportWarningsZh::one).toList();
  }

  static String one(String warning) {
    for (Rule r : RULES) {
      Matcher m = r.en().matcher(warning);
      if (m.matches()) {
        String zh = m.replaceFirst(r.zh());
        return EXAMPLE
            .matcher(zh)
            .replaceAll(
                x ->
                    Matcher.quoteReplacement(
                        x.group(1)
                            + " 填为 '"
                            + x.group(2)
                            + "'，实际位于 "
                            + (x.group(3).equals("no admin unit") ? "任何行政单元之外" : x.group(3))));
      }
    }
    return warning;
  }
}
