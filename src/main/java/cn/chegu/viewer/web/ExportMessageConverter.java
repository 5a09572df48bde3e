package cn.chegu.viewer.web;

import cn.chegu.viewer.budget.WorkBudget;
import cn.chegu.viewer.io.Crs;
import cn.chegu.viewer.io.ExportFeature;
import cn.chegu.viewer.io.ExportFormat;
import cn.chegu.viewer.io.FeatureExport;
import cn.chegu.viewer.io.JsonScalars;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The one export mechanism: any JSON answer of a GET endpoint is written as a file when the request
 * says {@code format=gpkg|shp|csv|xlsx} (or {@code geojson} with {@code crs=}), with no code in the
 * controllers. A GeoJSON FeatureCollection gives features (geometry moved to {@code crs}, default
 * EPSG:4326); any other answer gives a table: the array named by {@code table=}, else the answer
 * itself when it is an array, else its first array of objects (e.g. coverage {@code byArea}). When
 * every row of the table has numbers {@code lon} and {@code lat} (scenario facilities, siting
 * sites) they become the row's point, so the table also exports as GeoPackage/Shapefile. Nested
 * values become JSON text. The file name says what and when: {@code
 * gaps-health15-network-2020-20261130T1950Z.gpkg}.
 */
final class ExportMessageConverter implements HttpMessageConverter<Object> {

  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmm'Z'");
  private static final List<String> NAME_PARAMETERS =
      List.of("standard", "method", "year", "facilities");

  private static final GeometryFactory POINTS = new GeometryFactory();

  private final ObjectMapper json;

  ExportMessageConverter(ObjectMapper json) {
    this.json = json;
  }

  @Override
  public boolean canRead(Class<?> clazz, MediaType mediaType) {
    return false;
  }

  @Override
  public boolean canWrite(Class<?> clazz, MediaType mediaType) {
    if (clazz.getEnclosingClass() == ApiErrorHandler.class
        || clazz == byte[].class
        || clazz == String.class
        || org.springframework.core.io.Resource.class.isAssignableFrom(clazz)) {
      return false; // errors and files stay as they are
    }
    HttpServletRequest request = request();
    return request != null
        && request.getAttribute(WriteRequestGuard.JSON_ONLY) == null // a change answers JSON
        && wanted(request) != null;
  }

  @Override
  public List<MediaType> getSupportedMediaTypes() {
    return List.of(
        MediaType.APPLICATION_JSON,
        MediaType.parseMediaType("application/geo+json"),
        MediaType.ALL);
  }

  @Override
  public Object read(Class<?> clazz, HttpInputMessage inputMessage) {
    throw new UnsupportedOperationException("exports are written, never read");
  }

  @Override
  public void write(Object body, MediaType contentType, HttpOutputMessage out) throws IOException {
    HttpServletRequest request = request();
    ExportFormat format = wanted(request);
    String crsText = query(request, "crs");
    Crs crs = crsText == null || crsText.isBlank() ? Crs.WGS84 : Crs.parse(crsText);
    JsonNode tree = json.valueToTree(body);
    List<ExportFeature> rows = rows(tree, crs, query(request, "table"));
    String name = name(request);
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    try {
      FeatureExport.write(format, name, crs, rows, file); // all of it first: errors stay JSON
    } catch (IllegalArgumentException e) {
      throw new InvalidParameterException("format", e.getMessage());
    }
    out.getHeaders().setContentType(MediaType.parseMediaType(format.mediaType()));
    out.getHeaders().setContentLength(file.size());
    out.getHeaders()
        .setContentDisposition(
            ContentDisposition.attachment()
                .filename(
                    name
                        + "-"
                        + STAMP.format(ZonedDateTime.now(ZoneOffset.UTC))
                        + "."
                        + format.extension())
                .build());
    file.writeTo(out.getBody());
  }

  /** The export format asked for, or null when the answer should stay JSON. */
  static ExportFormat wanted(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.startsWith("/ogc/") || path.equals("/ogc")) {
      return null; // the OGC service answers crs= itself (Part 2: CRS by reference, Content-Crs)
    }
    String format = query(request, "format");
    String crs = query(request, "crs");
    boolean hasCrs = crs != null && !crs.isBlank();
    if (hasCrs) {
      try {
        Crs.parse(crs);
      } catch (IllegalArgumentException e) {
        throw new InvalidParameterException("crs", e.getMessage());
      }
    }
    if (format == null || format.isBlank()) {
      return hasCrs ? ExportFormat.GEOJSON : null;
    }
    ExportFormat f;
    try {
      f = ExportFormat.parse(format);
    } catch (IllegalArgumentException e) {
      throw new InvalidParameterException("format", e.getMessage());
    }
    return f == ExportFormat.GEOJSON && !hasCrs ? null : f;
  }

  private List<ExportFeature> rows(JsonNode tree, Crs crs, String table) {
    List<ExportFeature> rows = new ArrayList<>();
    if ("FeatureCollection".equals(tree.path("type").asText())) {
      GeoJsonReader reader = new GeoJsonReader();
      for (JsonNode f : tree.path("features")) {
        WorkBudget.check(); // the request's heavy-job budget (a 50,000-feature reprojection)
        Map<String, Object> values = new LinkedHashMap<>();
        if (f.hasNonNull("id")) {
          values.put("id", f.get("id").asText());
        }
        f.path("properties")
            .fields()
            .forEachRemaining(e -> values.put(e.getKey(), JsonScalars.of(e.getValue())));
        Geometry g = null;
        if (f.path("geometry").isObject()) {
          try {
            g = crs.fromWgs84(reader.read(f.get("geometry").toString()));
          } catch (ParseException e) {
            throw new IllegalStateException("an answer's GeoJSON geometry is unreadable", e);
          }
        }
        rows.add(new ExportFeature(g, values));
      }
      return rows;
    }
    JsonNode array = table(tree, table);
    boolean located = array.size() > 0;
    for (JsonNode item : array) {
      located &= item.path("lon").isNumber() && item.path("lat").isNumber();
    }
    for (JsonNode item : array) {
      WorkBudget.check();
      Map<String, Object> values = new LinkedHashMap<>();
      Geometry point = null;
      if (item.isObject()) {
        flatten("", item, values);
      } else {
        values.put("value", JsonScalars.of(item));
      }
      if (located) { // lon/lat become the point, written as x/y in the asked CRS
        values.remove("lon");
        values.remove("lat");
        point =
            crs.fromWgs84(
                POINTS.createPoint(
                    new Coordinate(item.get("lon").asDouble(), item.get("lat").asDouble())));
      }
      rows.add(new ExportFeature(point, values));
    }
    return rows;
  }

  private static JsonNode table(JsonNode tree, String table) {
    if (table != null && !table.isBlank()) {
      JsonNode t = tree.path(table);
      if (!t.isArray()) {
        throw new InvalidParameterException(
            "table", "this answer has no array '" + table + "' to export");
      }
      return t;
    }
    if (tree.isArray()) {
      return tree;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = tree.fields(); it.hasNext(); ) {
      JsonNode v = it.next().getValue();
      if (v.isArray() && !v.isEmpty() && v.get(0).isObject()) {
        return v;
      }
    }
    throw new InvalidParameterException("format", "this answer has no table or features to export");
  }

  private static void flatten(String prefix, JsonNode node, Map<String, Object> out) {
    node.fields()
        .forEachRemaining(
            e -> {
              String key = prefix + e.getKey();
              if (e.getValue().isObject()) {
                flatten(key + ".", e.getValue(), out);
              } else {
                out.put(key, JsonScalars.of(e.getValue()));
              }
            });
  }

  /** "facilities", "gaps-health15-network-2020", "siting", ... from the path and parameters. */
  static String name(HttpServletRequest request) {
    List<String> parts = new ArrayList<>();
    for (String segment : request.getRequestURI().split("/")) {
      if (!segment.isBlank()
          && !List.of("api", "layers", "features", "coverage").contains(segment)) {
        parts.add(segment);
      }
    }
    for (String p : NAME_PARAMETERS) {
      String v = query(request, p);
      if (v != null && !v.isBlank()) {
        parts.add(v);
      }
    }
    String name = String.join("-", parts).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]", "_");
    return name.isEmpty() ? "export" : name.length() > 60 ? name.substring(0, 60) : name;
  }

  /**
   * A parameter of the query string only: form fields of a POST (an import's {@code crs}) never
   * turn its answer into a file.
   */
  static String query(HttpServletRequest request, String name) {
    String qs = request.getQueryString();
    if (qs == null) {
      return null;
    }
    List<String> values =
        UriComponentsBuilder.newInstance().query(qs).build().getQueryParams().get(name);
    return values == null || values.isEmpty() || values.get(0) == null
        ? null
        : URLDecoder.decode(values.get(0), StandardCharsets.UTF_8);
  }

  private static HttpServletRequest request() {
    return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a
        ? a.getRequest()
        : null;
  }
}
