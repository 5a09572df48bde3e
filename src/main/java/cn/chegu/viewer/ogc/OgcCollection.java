package cn.chegu.viewer.ogc;

import java.util.Objects;
import org.locationtech.jts.geom.Envelope;

/**
 * A collection the service offers.
 *
 * @param id the path segment, e.g. {@code roads} or {@code gaps-health15-network-2020-existing}
 * @param title English title a person understands
 * @param titleZh Chinese title
 * @param description what the features are and where they come from
 * @param extent CRS84 box that contains every feature (the zone's for results), or null
 * @param geometryType the OGC type every item has ({@code Point}, {@code MultiPolygon}, …; one
 *     geometry family per collection), or {@code Geometry} when the collection is empty
 * @param items where the items come from (read or computed on each request)
 */
public record OgcCollection(
    String id,
    String title,
    String titleZh,
    String description,
    Envelope extent,
    String geometryType,
    ItemSource items) {

  public OgcCollection {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(geometryType, "geometryType");
    Objects.requireNonNull(items, "items");
  }
}
