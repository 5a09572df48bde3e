package cn.chegu.viewer.io;

import cn.chegu.viewer.budget.BudgetExceededException;
import crosby.binary.BinaryParser;
import crosby.binary.Osmformat;
import crosby.binary.file.BlockInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Reads OpenStreetMap data — {@code .osm.pbf} with the {@code osmpbf} library, {@code .osm} XML
 * with StAX — into roads (ways tagged {@code highway}, mapped by {@link OsmRoads}) or facilities
 * (nodes tagged {@code amenity}, mapped by {@link OsmRoads#facilityType}). Coordinates are WGS84.
 */
final class OsmSource {

  private static final GeometryFactory GEOMETRY = new GeometryFactory();

  private final Map<Long, double[]> nodes = new HashMap<>();
  private final List<Long> nodeOrder = new ArrayList<>();
  private final Map<Long, Map<String, String>> nodeTags = new HashMap<>();
  private final List<long[]> wayNodes = new ArrayList<>();
  private final List<Long> wayIds = new ArrayList<>();
  private final List<Map<String, String>> wayTags = new ArrayList<>();

  private OsmSource() {}

  static SourceLayer read(Path file, String fileName, boolean pbf, ReadOptions options) {
    OsmSource osm = new OsmSource();
    try (InputStream in = Files.newInputStream(file)) {
      if (pbf) {
        osm.readPbf(in);
      } else {
        osm.readXml(in);
      }
    } catch (InvalidImportFileException | BudgetExceededException e) {
      throw e;
    } catch (IOException | XMLStreamException | RuntimeException e) {
      throw new InvalidImportFileException(
          fileName + ": not readable OpenStreetMap data (" + GeoPackageSource.rootMessage(e) + ")",
          e);
    }
    List<String> warnings = new ArrayList<>();
    String format = pbf ? "OSM PBF" : "OSM XML";
    if ("facilities".equals(options.osmTarget())) {
      return new SourceLayer(fileName, format, Crs.WGS84, osm.facilities(), warnings);
    }
    Map<String, Integer> skipped = new TreeMap<>();
    List<SourceFeature> roads = osm.roads(skipped);
    int highwayWays = roads.size() + skipped.values().stream().mapToInt(Integer::intValue).sum();
    if (!skipped.isEmpty()) {
      warnings.add(
          highwayWays
              + " ways tagged highway: "
              + roads.size()
              + " imported, skipped "
              + skipped
              + " (see README: the highway → class table)");
    }
    return new SourceLayer(
        fileName,
        format,
        Crs.WGS84,
        roads,
        warnings,
        new OsmWays(highwayWays, roads.size(), skipped));
  }

  /** The ways tagged {@code highway} that are roads; the others counted by reason in skipped. */
  private List<SourceFeature> roads(Map<String, Integer> skipped) {
    List<SourceFeature> out = new ArrayList<>();
    for (int w = 0; w < wayIds.size(); w++) {
      Map<String, String> tags = wayTags.get(w);
      String reason = OsmRoads.skipReason(tags);
      if (reason != null) {
        skipped.merge(reason, 1, Integer::sum);
        continue;
      }
      Map<String, Object> properties = OsmRoads.properties(tags);
      if (properties == null) {
        continue; // no highway tag: not a road, not counted
      }
      List<Coordinate> coordinates = new ArrayList<>();
      for (long ref : wayNodes.get(w)) {
        double[] p = nodes.get(ref);
        if (p != null) {
          coordinates.add(new Coordinate(p[0], p[1]));
        }
      }
      if (coordinates.size() < 2) {
        skipped.merge(OsmWays.CUT_BY_EXTRACT, 1, Integer::sum);
        continue;
      }
      if (Boolean.TRUE.equals(properties.remove("reverse"))) {
        java.util.Collections.reverse(coordinates);
      }
      String id = "osm-way-" + wayIds.get(w);
      properties.put("id", id);
      out.add(
          new SourceFeature(
              out.size() + 1,
              id,
              GEOMETRY.createLineString(coordinates.toArray(Coordinate[]::new)),
              properties));
    }
    return out;
  }

  private List<SourceFeature> facilities() {
    List<SourceFeature> out = new ArrayList<>();
    for (long id : nodeOrder) {
      Map<String, String> tags = nodeTags.get(id);
      String type = tags == null ? null : OsmRoads.facilityType(tags);
      if (type == null) {
        continue;
      }
      double[] p = nodes.get(id);
      Map<String, Object> properties = new LinkedHashMap<>();
      properties.put("id", "osm-node-" + id);
      properties.put("name_zh", tags.getOrDefault("name:zh", tags.get("name")));
      properties.put("name_en", tags.get("name:en"));
      properties.put("type", type);
      properties.put("status", "existing");
      out.add(
          new SourceFeature(
              out.size() + 1,
              "osm-node-" + id,
              GEOMETRY.createPoint(new Coordinate(p[0], p[1])),
              properties));
    }
    return out;
  }

  private void node(long id, double lon, double lat, Map<String, String> tags) {
    ReadLimits.vertices(1);
    nodes.put(id, new double[] {lon, lat});
    if (!tags.isEmpty()) {
      nodeOrder.add(id);
      nodeTags.put(id, tags);
    }
  }

  private void way(long id, long[] refs, Map<String, String> tags) {
    wayIds.add(id);
    wayNodes.add(refs);
    wayTags.add(tags);
  }

  private void readXml(InputStream in) throws XMLStreamException {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    XMLStreamReader xml = factory.createXMLStreamReader(in);
    String element = null;
    long id = 0;
    double lon = 0;
    double lat = 0;
    Map<String, String> tags = new HashMap<>();
    List<Long> refs = new ArrayList<>();
    boolean sawOsm = false;
    while (xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        String name = xml.getLocalName();
        switch (name) {
          case "osm" -> sawOsm = true;
          case "node", "way", "relation" -> {
            element = name;
            id = Long.parseLong(xml.getAttributeValue(null, "id"));
            tags = new LinkedHashMap<>();
            refs = new ArrayList<>();
            if (name.equals("node")) {
              lon = Double.parseDouble(xml.getAttributeValue(null, "lon"));
              lat = Double.parseDouble(xml.getAttributeValue(null, "lat"));
            }
          }
          case "tag" ->
              tags.put(xml.getAttributeValue(null, "k"), xml.getAttributeValue(null, "v"));
          case "nd" -> refs.add(Long.parseLong(xml.getAttributeValue(null, "ref")));
          default -> {}
        }
      } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals(element)) {
        if (element.equals("node")) {
          node(id, lon, lat, tags);
        } else if (element.equals("way")) {
          way(id, refs.stream().mapToLong(Long::longValue).toArray(), tags);
        }
        element = null;
      }
    }
    if (!sawOsm) {
      throw new IllegalArgumentException("no <osm> root element");
    }
  }

  private void readPbf(InputStream in) throws IOException {
    new BlockInputStream(in, new Parser()).process();
  }

  /** osmpbf callbacks into this reader. */
  private final class Parser extends BinaryParser {
    @Override
    protected void parseNodes(List<Osmformat.Node> list) {
      for (Osmformat.Node n : list) {
        Map<String, String> tags = new LinkedHashMap<>();
        for (int i = 0; i < n.getKeysCount(); i++) {
          tags.put(getStringById(n.getKeys(i)), getStringById(n.getVals(i)));
        }
        node(n.getId(), parseLon(n.getLon()), parseLat(n.getLat()), tags);
      }
    }

    @Override
    protected void parseDense(Osmformat.DenseNodes dense) {
      long id = 0;
      long lat = 0;
      long lon = 0;
      int k = 0;
      for (int i = 0; i < dense.getIdCount(); i++) {
        id += dense.getId(i);
        lat += dense.getLat(i);
        lon += dense.getLon(i);
        Map<String, String> tags = new LinkedHashMap<>();
        while (k < dense.getKeysValsCount() && dense.getKeysVals(k) != 0) {
          tags.put(getStringById(dense.getKeysVals(k)), getStringById(dense.getKeysVals(k + 1)));
          k += 2;
        }
        k++; // the 0 that ends this node's tags
        node(id, parseLon(lon), parseLat(lat), tags);
      }
    }

    @Override
    protected void parseWays(List<Osmformat.Way> list) {
      for (Osmformat.Way w : list) {
        Map<String, String> tags = new LinkedHashMap<>();
        for (int i = 0; i < w.getKeysCount(); i++) {
          tags.put(getStringById(w.getKeys(i)), getStringById(w.getVals(i)));
        }
        long[] refs = new long[w.getRefsCount()];
        long ref = 0;
        for (int i = 0; i < refs.length; i++) {
          ref += w.getRefs(i);
          refs[i] = ref;
        }
        way(w.getId(), refs, tags);
      }
    }

    @Override
    protected void parseRelations(List<Osmformat.Relation> list) {
      // relations carry no roads of their own
    }

    @Override
    protected void parse(Osmformat.HeaderBlock header) {
      // bounding box and required features: nothing to check for roads
    }

    @Override
    public void complete() {
      // everything was collected in the callbacks
    }
  }
}
