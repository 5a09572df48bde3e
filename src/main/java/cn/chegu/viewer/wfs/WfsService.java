package cn.chegu.viewer.wfs;

import cn.chegu.viewer.indicator.AreaPlans;
import cn.chegu.viewer.ogc.CollectionRegistry;
import cn.chegu.viewer.ogc.ItemPage;
import cn.chegu.viewer.ogc.ItemQuery;
import cn.chegu.viewer.ogc.OgcCollection;
import cn.chegu.viewer.ogc.OgcException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.locationtech.jts.geom.Envelope;
import org.springframework.stereotype.Component;

/**
 * Answers WFS 2.0 KVP requests over the {@link CollectionRegistry}: GetCapabilities,
 * DescribeFeatureType and GetFeature ({@code typeNames}, {@code count}, {@code startIndex}, {@code
 * BBOX}, {@code srsName}, {@code resultType}, {@code outputFormat}). Parts of WFS a client may ask
 * for that this service does not do (filters, stored queries, sorting, property selection, several
 * types at once, transactions) are refused with an exception report, never silently ignored.
 *
 * <p>GetCapabilities lists the same collections as {@code /ogc/collections}; the vendor parameter
 * {@code RESULTS=gaps-park10-euclidean-2025-plan,…} adds result types of other parameters (every
 * type is served by id anyway, but clients such as QGIS only open types the capabilities list).
 */
@Component
public class WfsService {

  /** Parameters of WFS this service refuses rather than ignores. */
  private static final List<String> UNSUPPORTED =
      List.of(
          "FILTER",
          "RESOURCEID",
          "STOREDQUERY_ID",
          "SORTBY",
          "PROPERTYNAME",
          "FEATUREID",
          "CQL_FILTER");

  /** An answer: the body and its media type (the status is 200). */
  public record Answer(byte[] body, String contentType) {}

  private final CollectionRegistry registry;
  private final AreaPlans plans;

  public WfsService(CollectionRegistry registry, AreaPlans plans) {
    this.plans = plans;
    this.registry = registry;
  }

  /**
   * @param endpoint the service's absolute URL, e.g. {@code http://host/wfs}
   * @throws WfsException for any request this service refuses
   */
  public Answer answer(WfsRequest r, String endpoint) {
    String service = r.get("SERVICE");
    String request = r.get("REQUEST");
    if (request == null) {
      throw WfsException.missing("REQUEST");
    }
    if (service == null) {
      throw WfsException.missing("SERVICE");
    }
    if (!service.equalsIgnoreCase("WFS")) {
      throw WfsException.invalid("SERVICE", "this is a WFS; got '" + service + "'");
    }
    try {
      return switch (request.toLowerCase(Locale.ROOT)) {
        case "getcapabilities" -> capabilities(r, endpoint);
        case "describefeaturetype" -> describe(r);
        case "getfeature" -> features(r, endpoint);
        default ->
            throw WfsException.operationNotSupported(
                request,
                "supported requests: GetCapabilities, DescribeFeatureType, GetFeature (read-only)");
      };
    } catch (OgcException e) {
      throw WfsException.invalid("request", e.description());
    }
  }

  private Answer capabilities(WfsRequest r, String endpoint) {
    String accept = r.get("ACCEPTVERSIONS");
    if (accept != null && !List.of(accept.split(",")).contains(WfsNames.VERSION)) {
      throw WfsException.version(accept);
    }
    List<OgcCollection> collections = new ArrayList<>(registry.all());
    String results = r.get("RESULTS");
    if (results != null) {
      for (String id : results.split(",")) {
        String c = WfsNames.collectionId(id);
        if (!c.isBlank() && collections.stream().noneMatch(x -> x.id().equals(c))) {
          collections.add(collection(c));
        }
      }
    }
    return new Answer(
        WfsCapabilities.write(
            collections,
            endpoint,
            plans.current().title().zh() + " · " + plans.current().title().en()),
        "application/xml");
  }

  private Answer describe(WfsRequest r) {
    checkVersion(r);
    List<OgcCollection> collections = new ArrayList<>();
    List<String> names = r.typeNames();
    if (names.isEmpty()) {
      collections.addAll(registry.all());
    } else {
      for (String id : names) {
        collections.add(collection(id));
      }
    }
    List<FeatureTypeSchema> schemas =
        collections.stream().map(c -> FeatureTypeSchema.of(c, c.items().all())).toList();
    return new Answer(WfsSchema.write(schemas), "application/xml");
  }

  private Answer features(WfsRequest r, String endpoint) {
    checkVersion(r);
    for (String p : UNSUPPORTED) {
      if (r.get(p) != null) {
        throw WfsException.optionNotSupported(
            p, "not supported here; select with typeNames, BBOX, count and startIndex");
      }
    }
    List<String> names = r.typeNames();
    if (names.isEmpty()) {
      throw WfsException.missing("TYPENAMES");
    }
    if (names.size() > 1) {
      throw WfsException.optionNotSupported("TYPENAMES", "one feature type per request");
    }
    OgcCollection collection = collection(names.get(0));
    String srsText = r.get("SRSNAME");
    SrsName srs = srsText == null ? null : SrsName.parse(srsText, "SRSNAME");
    boolean json = json(r.get("OUTPUTFORMAT"));
    String resultType = r.get("RESULTTYPE");
    boolean hits = resultType != null && resultType.equalsIgnoreCase("hits");
    if (resultType != null && !hits && !resultType.equalsIgnoreCase("results")) {
      throw WfsException.invalid("RESULTTYPE", "results or hits, not '" + resultType + "'");
    }
    int count =
        Math.min(
            r.whole("COUNT", WfsCapabilities.COUNT_DEFAULT, "MAXFEATURES"),
            WfsCapabilities.COUNT_DEFAULT);
    if (count == 0 && !hits) {
      throw WfsException.invalid("COUNT", "must be at least 1");
    }
    int start = r.whole("STARTINDEX", 0);
    ItemQuery query = new ItemQuery(bbox(r.get("BBOX")), Map.of(), start, Math.max(1, count));
    ItemPage page = collection.items().page(query);
    String describe =
        endpoint
            + "?SERVICE=WFS&VERSION=2.0.0&REQUEST=DescribeFeatureType&TYPENAMES="
            + WfsNames.typeName(collection.id());
    if (hits) {
      return new Answer(WfsFeatures.hits(page.numberMatched(), describe), WfsNames.GML32);
    }
    if (json) {
      return new Answer(
          WfsFeatures.geoJson(page, srs == null ? SrsName.CRS84 : srs), "application/geo+json");
    }
    FeatureTypeSchema schema = FeatureTypeSchema.of(collection, collection.items().all());
    return new Answer(
        WfsFeatures.gml(schema, page, srs == null ? SrsName.DEFAULT : srs, describe),
        WfsNames.GML32);
  }

  private OgcCollection collection(String id) {
    try {
      return registry.get(id);
    } catch (OgcException e) {
      throw WfsException.invalid(
          "TYPENAMES", "no feature type '" + WfsNames.typeName(id) + "'; see GetCapabilities");
    }
  }

  private static void checkVersion(WfsRequest r) {
    String v = r.get("VERSION");
    if (v == null) {
      throw WfsException.missing("VERSION");
    }
    if (!v.equals(WfsNames.VERSION) && !v.equals("2.0")) {
      throw WfsException.version(v);
    }
  }

  private static boolean json(String format) {
    if (format == null) {
      return false;
    }
    String f = format.toLowerCase(Locale.ROOT).replace(" ", "");
    if (f.equals("application/json")
        || f.equals("json")
        || f.equals("application/geo+json")
        || f.equals("geojson")) {
      return true;
    }
    if (f.startsWith("application/gml+xml")
        || f.equals("text/xml;subtype=gml/3.2")
        || f.equals("gml32")
        || f.equals("text/xml;subtype=gml/3.2.1")) {
      return false;
    }
    throw WfsException.invalid(
        "OUTPUTFORMAT", "supported: " + WfsNames.GML32 + ", " + WfsNames.JSON + "; not " + format);
  }

  /**
   * {@code BBOX=a,b,c,d[,crs]} in the axis order of its CRS; without a CRS, the default CRS's
   * (EPSG:4326, latitude first).
   */
  static Envelope bbox(String text) {
    if (text == null) {
      return null;
    }
    String[] parts = text.split(",");
    if (parts.length != 4 && parts.length != 5) {
      throw WfsException.invalid("BBOX", "expected 4 numbers and an optional CRS, got " + text);
    }
    double[] box = new double[4];
    for (int i = 0; i < 4; i++) {
      try {
        box[i] = Double.parseDouble(parts[i].trim());
      } catch (NumberFormatException e) {
        throw WfsException.invalid("BBOX", "'" + parts[i].trim() + "' is not a number");
      }
      if (!Double.isFinite(box[i])) {
        throw WfsException.invalid("BBOX", "'" + parts[i].trim() + "' is not finite");
      }
    }
    if (box[0] > box[2] || box[1] > box[3]) {
      throw WfsException.invalid("BBOX", "the lower corner must come first");
    }
    SrsName crs = parts.length == 5 ? SrsName.parse(parts[4], "BBOX") : SrsName.DEFAULT;
    return crs.crs().boxToLonLat(box, crs.northFirst());
  }
}
