package cn.chegu.viewer.ogc;

import java.util.Map;
import org.locationtech.jts.geom.Envelope;

/**
 * Which items of a collection a request wants.
 *
 * @param bbox CRS84 box the items must intersect, or null for all
 * @param filters property name → value that must be equal
 * @param offset how many matched items to skip (0 = the first page)
 * @param limit at most this many items
 */
public record ItemQuery(Envelope bbox, Map<String, String> filters, int offset, int limit) {

  /** Largest {@code limit} a request may ask for. */
  public static final int MAX_LIMIT = 10_000;

  /** {@code limit} when a request names none. */
  public static final int DEFAULT_LIMIT = 100;

  public ItemQuery {
    filters = Map.copyOf(filters);
    if (offset < 0) {
      throw OgcException.invalidParameter("offset", "must not be negative, got " + offset);
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw OgcException.invalidParameter(
          "limit", "must be between 1 and " + MAX_LIMIT + ", got " + limit);
    }
  }
}
