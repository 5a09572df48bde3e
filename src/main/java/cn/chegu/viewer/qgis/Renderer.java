package cn.chegu.viewer.qgis;

import java.util.List;

/** Which symbol a feature gets. */
public sealed interface Renderer {

  /** Every feature the same. */
  record Single(Symbol symbol) implements Renderer {}

  /**
   * By the value of a QGIS expression (a field name is an expression); features matching no
   * category get {@code otherwise}.
   */
  record Categorized(String expression, List<Category> categories, Symbol otherwise)
      implements Renderer {
    public Categorized {
      categories = List.copyOf(categories);
    }
  }

  /** By ranges of a numeric field: {@code [lower, upper)}, the last one closed. */
  record Graduated(String field, List<Range> ranges) implements Renderer {
    public Graduated {
      ranges = List.copyOf(ranges);
    }
  }

  /** One category: its value, its legend label and symbol. */
  record Category(String value, String label, Symbol symbol) {}

  /** One range: bounds, legend label and symbol. */
  record Range(double lower, double upper, String label, Symbol symbol) {}
}
