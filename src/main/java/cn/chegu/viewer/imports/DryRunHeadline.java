package cn.chegu.viewer.imports;

import cn.chegu.viewer.store.StoredFeature;
import java.util.List;

/**
 * What a dry run would do to a headline figure: computed by the analysis side on the layer as the
 * import would leave it, without writing anything. The import package only knows this interface, so
 * it does not depend on the analysis engines.
 */
@FunctionalInterface
public interface DryRunHeadline {

  /**
   * The headline before and after, or null when {@code layer} does not change it in a way this can
   * compute ({@code facilities}, {@code population} and {@code roads} do).
   *
   * @param wouldBe every feature of the layer's version the import would write
   */
  Headline of(String layer, List<StoredFeature> wouldBe);

  /**
   * A coverage share before and after an import, and for a population import the residents it
   * counts.
   *
   * @param standard the standard's code, e.g. {@code health15}
   * @param method {@code network} or {@code euclidean}
   * @param year the population year counted
   * @param set the facility set counted ({@code existing})
   * @param before the share today (0..1, 4 decimals as every API share)
   * @param after the share with the imported layer (0..1)
   * @param residentsBefore residents of {@code year} counted today (inside the zone); population
   *     only, else null
   * @param residentsAfter residents of {@code year} the imported cells hold inside the zone;
   *     population only, else null
   */
  record Headline(
      String standard,
      String method,
      int year,
      String set,
      double before,
      double after,
      Long residentsBefore,
      Long residentsAfter) {

    /** A share before and after, without resident counts (facilities, roads). */
    public Headline(
        String standard, String method, int year, String set, double before, double after) {
      this(standard, method, year, set, before, after, null, null);
    }
  }
}
