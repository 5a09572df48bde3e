package cn.chegu.viewer.sampledata;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The contents of {@code gis-data/MANIFEST.json}; layer order is draw order. */
final class Manifest {

  private Manifest() {}

  static Map<String, Object> of() {
    String gen = "cn.chegu.viewer.sampledata.SampleDataGenerator";
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("crs", "EPSG:4326");
    m.put("generator", gen);
    m.put(
        "layers",
        List.of(
            GeoJsonFiles.manifestLayer(
                "zone",
                "Zone outline",
                "经开区范围",
                "boundaries",
                "South-east edge from the Yangtze/zone-edge reference polyline (REFERENCE-POINTS.md), "
                    + "north and west edges hand-digitised (west edge along the 东荆河)",
                true,
                false,
                "Schematic; not an official boundary. One extra vertex bows the edge "
                    + "≈200 m so 邓南's reference centre lies inside."),
            GeoJsonFiles.manifestLayer(
                "subdistricts",
                "Sub-districts",
                "街道",
                "boundaries",
                "Voronoi cells of hand-placed seeds (reference centres plus points over each stated "
                    + "extent), unioned per sub-district and clipped to the zone",
                true,
                false,
                "Tile the zone exactly; boundaries are schematic."),
            GeoJsonFiles.manifestLayer(
                "population",
                "Population (modelled, 250 m)",
                "人口（模型）",
                "population",
                "Seeded residential-compound model (compounds, villages, sparse remainder), see "
                    + "gis-data/README.md",
                false,
                true,
                "2020 totals exact (481,338; old Hannan 145,103, census bulletin 2021); 2025 = "
                    + "1,000,000 (plan target §9.6). Not census cells."),
            GeoJsonFiles.manifestLayer(
                "water",
                "Water",
                "水系",
                "water",
                "Hand-digitised from plan §8.1 and the river-edge reference polyline",
                true,
                false,
                "Yangtze drawn as a band beyond the zone edge; lakes are schematic ellipses."),
            GeoJsonFiles.manifestLayer(
                "layout",
                "Overall layout",
                "一核两片、一轴两带",
                "layout",
                "Plan §3.1(一), hand-digitised",
                true,
                false,
                "1 core, 2 clusters, 1 axis (+ corridor), 2 belts."),
            GeoJsonFiles.manifestLayer(
                "parks",
                "Industrial parks",
                "八大产业园区",
                "parks",
                "Plan §3.1(二), hand-digitised",
                true,
                false,
                "Extents are schematic."),
            GeoJsonFiles.manifestLayer(
                "roads",
                "Road network (routable)",
                "道路网",
                "roads",
                "Named roads of plan §1.1/§3.2(二) hand-digitised; street grid and rural roads modelled",
                true,
                true,
                "Noded by snap-rounding at 1e-6°; one connected component (fragments "
                    + "cut off by the zone edge are dropped). Planned roads carry status planned."),
            GeoJsonFiles.manifestLayer(
                "transport",
                "Transport projects",
                "交通项目",
                "transport",
                "Plan §1.1, §3.2(二); metro station coordinates from OpenStreetMap (REFERENCE-POINTS.md)",
                true,
                false,
                "Line 16 stations south of 沌口 are placed along the corridor (no "
                    + "coordinates found). Alignments are schematic."),
            GeoJsonFiles.manifestLayer(
                "transit",
                "Public transport timetable (GTFS, modelled)",
                "公共交通时刻表（GTFS，模型）",
                "transport",
                "gis-data/gtfs/ (GTFS built by SampleGtfs from the transport layer's lines and"
                    + " stations); stops as points, trips as lines with their calls",
                true,
                true,
                "Run times and headways are modelled (see each trip's source), not the"
                    + " operator's timetable; T1 tram stops are placed every ≈1.2 km. Replace it"
                    + " by importing a real GTFS zip into layer transit."),
            GeoJsonFiles.manifestLayer(
                "facilities",
                "Public facilities",
                "公共服务设施",
                "facilities",
                "Plan §9.3/§9.4 named facilities; reference points; modelled community facilities",
                false,
                true,
                "Named planned facilities are placed schematically (source 'plan; "
                    + "modelled'); community facilities are placed by a seeded greedy rule.")));
    return m;
  }
}
