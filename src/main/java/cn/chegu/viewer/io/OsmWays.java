package cn.chegu.viewer.io;

import java.util.Map;
import java.util.TreeMap;

/**
 * The account of an OpenStreetMap roads import: every way tagged {@code highway} in the file is
 * either imported or counted under the reason it was skipped, so {@code imported + Σ skipped =
 * highwayWays}.
 *
 * @param highwayWays ways carrying a {@code highway} tag in the file
 * @param imported of them, the ones that became road features
 * @param skipped the others by reason, e.g. {@code "highway=platform": 55} (a value that is no
 *     road, see {@link OsmRoads#HIGHWAYS}), {@code "fewer than 2 nodes in the file": 3} (a way cut
 *     by the extract), {@code "invalid (see errors)"} (refused by the import's checks and skipped
 *     with {@code skipInvalid})
 */
public record OsmWays(int highwayWays, int imported, Map<String, Integer> skipped) {

  /** Reason of ways with fewer than two of their nodes in the file. */
  public static final String CUT_BY_EXTRACT = "fewer than 2 nodes in the file";

  /** Reason of ways the import's checks refused (with {@code skipInvalid}). */
  public static final String INVALID = "invalid (see errors)";

  public OsmWays {
    skipped = Map.copyOf(new TreeMap<>(skipped));
    int sum = imported + skipped.values().stream().mapToInt(Integer::intValue).sum();
    if (sum != highwayWays) {
      throw new IllegalArgumentException(
          "imported " + imported + " + skipped " + skipped + " != " + highwayWays + " ways");
    }
  }

  /** The same account after the import's checks refused {@code invalid} of the imported ways. */
  public OsmWays withInvalid(int invalid) {
    if (invalid == 0) {
      return this;
    }
    Map<String, Integer> more = new TreeMap<>(skipped);
    more.merge(INVALID, invalid, Integer::sum);
    return new OsmWays(highwayWays, imported - invalid, more);
  }
}
