package cn.chegu.viewer.wfs;

/** Namespaces, prefixes and formats of the WFS documents. */
public final class WfsNames {

  /** The namespace of the feature types. */
  public static final String NAMESPACE = "urn:x-chegu:viewer:features";

  /** Its prefix: feature types are {@code chegu:facilities}. */
  public static final String PREFIX = "chegu";

  static final String WFS = "http://www.opengis.net/wfs/2.0";
  static final String OWS = "http://www.opengis.net/ows/1.1";
  static final String GML = "http://www.opengis.net/gml/3.2";
  static final String FES = "http://www.opengis.net/fes/2.0";
  static final String XLINK = "http://www.w3.org/1999/xlink";
  static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
  static final String XS = "http://www.w3.org/2001/XMLSchema";

  static final String WFS_XSD = "http://schemas.opengis.net/wfs/2.0/wfs.xsd";
  static final String GML_XSD = "http://schemas.opengis.net/gml/3.2.1/gml.xsd";

  /** The GML output format (the default). */
  public static final String GML32 = "application/gml+xml; version=3.2";

  /** The GeoJSON output format. */
  public static final String JSON = "application/json";

  /** The version spoken. */
  public static final String VERSION = "2.0.0";

  private WfsNames() {}

  /** {@code chegu:<id>}. */
  public static String typeName(String collectionId) {
    return PREFIX + ":" + collectionId;
  }

  /**
   * The collection id a type name names: {@code chegu:facilities}, {@code facilities} and {@code
   * {urn…}facilities}-free prefixes of any binding ({@code ns0:facilities}) are accepted, as
   * clients rebind prefixes.
   */
  public static String collectionId(String typeName) {
    String t = typeName.trim();
    int colon = t.lastIndexOf(':');
    return colon < 0 ? t : t.substring(colon + 1);
  }

  /**
   * An XML NCName made from a feature id for {@code gml:id}: characters not allowed become {@code
   * _} (the collection id in front makes it start with a letter).
   */
  static String gmlId(String collectionId, String featureId) {
    StringBuilder b = new StringBuilder(collectionId).append('.');
    featureId
        .codePoints()
        .forEach(
            c -> {
              boolean ok = Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.';
              b.appendCodePoint(ok ? c : '_');
            });
    return b.toString();
  }

  /** Whether a property name can be an XML element name as it is. */
  static boolean isNcName(String name) {
    return name.matches("[\\p{L}_][\\p{L}\\p{N}_.\\-]*");
  }
}
