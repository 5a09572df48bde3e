package cn.chegu.viewer.analysis;

import cn.chegu.viewer.area.AreaScope;
import cn.chegu.viewer.coverage.DemandCell;
import cn.chegu.viewer.facility.FacilitySet;
import cn.chegu.viewer.store.FeatureStore;
import cn.chegu.viewer.store.StoredFeature;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.springframework.stereotype.Service;

/**
 * Corridor profiles (plan §3.1(一) 一轴两带): the axis and the two belts of the layout layer, or any
 * line drawn by the user, grown by a buffer; residents, station-area residents (TOD), served stops,
 * parks and their jobs inside.
 */
@Service
public class CorridorsService {

  /** The layout elements profiled. */
  static final Set<String> ELEMENTS = Set.of("axis", "belt");

  private final TransitService transit;
  private final ParksService parks;
  private final FeatureStore store;

  public CorridorsService(TransitService transit, ParksService parks, FeatureStore store) {
    this.transit = transit;
    this.parks = parks;
    this.store = store;
  }

  /** The layout's axis and belts. */
  public List<CorridorAnswer> layout(PopulationYear year, FacilitySet set, double bufferMeters) {
    List<CorridorAnswer> out = new ArrayList<>();
    for (StoredFeature f : store.allFeatures("layout")) {
      if (ELEMENTS.contains(String.valueOf(f.properties().get("element")))) {
        out.add(
            profile(
                f.id(),
                String.valueOf(f.properties().get("name_zh")),
                String.valueOf(f.properties().get("name_en")),
                AreaScope.current().projection().toMetric(f.geometry()),
                year,
                set,
                bufferMeters));
      }
    }
    return out;
  }

  /** A drawn line (WGS84). */
  public CorridorAnswer drawn(
      Geometry lineLonLat, PopulationYear year, FacilitySet set, double bufferMeters) {
    return profile(
        "drawn",
        "绘制走廊",
        "Drawn corridor",
        AreaScope.current().projection().toMetric(lineLonLat),
        year,
        set,
        bufferMeters);
  }

  private CorridorAnswer profile(
      String id,
      String nameZh,
      String nameEn,
      Geometry metric,
      PopulationYear year,
      FacilitySet set,
      double bufferMeters) {
    Geometry buffer = metric.buffer(bufferMeters, 8);
    PreparedGeometry in = PreparedGeometryFactory.prepare(buffer);
    GeometryFactory gf = buffer.getFactory();
    List<DemandCell> cells = transit.cells(year);
    boolean[] near = transit.nearStation(year, set);
    long residents = 0;
    long stationArea = 0;
    for (int i = 0; i < cells.size(); i++) {
      if (in.contains(gf.createPoint(cells.get(i).location()))) {
        residents += cells.get(i).residents();
        stationArea += near[i] ? cells.get(i).residents() : 0;
      }
    }
    List<String> stations = new ArrayList<>();
    TransitNetwork n = transit.network(set);
    for (int i = 0; i < n.stops().size(); i++) {
      Coordinate c = n.stops().get(i);
      if (n.timetable().served(i) && in.contains(gf.createPoint(c))) {
        stations.add(n.timetable().stop(i).name());
      }
    }
    Map<String, ParkAnswer> answers = new java.util.HashMap<>();
    parks.parks(year, set).forEach(p -> answers.put(p.id(), p));
    List<CorridorAnswer.ParkShare> parkShares = new ArrayList<>();
    long jobs = 0;
    for (StoredFeature f : store.allFeatures("parks")) {
      Geometry park = AreaScope.current().projection().toMetric(f.geometry());
      if (in.intersects(park)) {
        double share = park.intersection(buffer).getArea() / park.getArea();
        long parkJobs = Math.round(answers.get(f.id()).jobs() * share);
        jobs += parkJobs;
        parkShares.add(
            new CorridorAnswer.ParkShare(
                f.id(), answers.get(f.id()).nameZh(), Math.round(share * 1000) / 1000.0, parkJobs));
      }
    }
    return new CorridorAnswer(
        id, nameZh, nameEn, bufferMeters, residents, stationArea, stations, parkShares, jobs);
  }
}
