package cn.chegu.viewer.web;

import cn.chegu.viewer.analysis.CorridorAnswer;
import cn.chegu.viewer.analysis.CorridorsService;
import cn.chegu.viewer.analysis.ParkAnswer;
import cn.chegu.viewer.analysis.ParkGainAnswer;
import cn.chegu.viewer.analysis.ParksService;
import cn.chegu.viewer.analysis.PopulationYear;
import cn.chegu.viewer.analysis.TransitIsochrone;
import cn.chegu.viewer.analysis.TransitIsochrones;
import cn.chegu.viewer.analysis.TransitService;
import cn.chegu.viewer.facility.FacilitySet;
import cn.chegu.viewer.transit.ServiceTime;
import cn.chegu.viewer.transit.TransitRules;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Public transport answers: transit isochrones and the parks' catchments. */
@RestController
class TransitController {

  static final int MAX_MINUTES = 120;

  private final TransitIsochrones isochrones;
  private final TransitService transit;
  private final ParksService parks;
  private final CorridorsService corridors;

  TransitController(
      TransitIsochrones isochrones,
      TransitService transit,
      ParksService parks,
      CorridorsService corridors) {
    this.isochrones = isochrones;
    this.transit = transit;
    this.parks = parks;
    this.corridors = corridors;
  }

  /**
   * Corridor profiles: the layout's axis and belts, or a drawn {@code line} ({@code
   * lon,lat;lon,lat;…}, WGS84), grown by {@code bufferMeters}.
   */
  @GetMapping("/api/corridors")
  List<CorridorAnswer> corridors(
      @RequestParam(required = false) String line,
      @RequestParam(defaultValue = "1000") String bufferMeters,
      @RequestParam(defaultValue = "2020") String year,
      @RequestParam(defaultValue = "existing") String facilities) {
    PopulationYear y = CoverageParameters.year(year);
    FacilitySet set = CoverageParameters.facilities(facilities);
    double buffer = whole("bufferMeters", bufferMeters, 50, 5000);
    if (line == null || line.isBlank()) {
      return corridors.layout(y, set, buffer);
    }
    return List.of(corridors.drawn(line(line), y, set, buffer));
  }

  private LineString line(String text) {
    String[] points = text.split(";");
    if (points.length < 2 || points.length > 500) {
      throw new InvalidParameterException("line", "give 2–500 points as lon,lat;lon,lat;…");
    }
    Coordinate[] c = new Coordinate[points.length];
    for (int i = 0; i < points.length; i++) {
      String[] xy = points[i].split(",");
      if (xy.length != 2) {
        throw new InvalidParameterException("line", "point " + (i + 1) + " is not lon,lat");
      }
      LonLat p = CoverageParameters.lonLat(xy[0], xy[1]);
      isochrones.inZone(p.lon(), p.lat());
      c[i] = new Coordinate(p.lon(), p.lat());
    }
    return new GeometryFactory().createLineString(c);
  }

  /**
   * The area reached by walk + transit from a point ({@code lon}, {@code lat}) or a park ({@code
   * park}) within {@code minutes}: a FeatureCollection with one feature whose properties carry
   * {@code residents}, {@code walkResidents}, the stops reached and the {@code rules}.
   */
  @GetMapping("/api/transit/isochrone")
  TransitIsochroneView isochrone(
      @RequestParam(required = false) String lon,
      @RequestParam(required = false) String lat,
      @RequestParam(required = false) String park,
      @RequestParam(defaultValue = "30") String minutes,
      @RequestParam(defaultValue = "07:30") String from,
      @RequestParam(defaultValue = "08:30") String to,
      @RequestParam(defaultValue = "50") String percentile,
      @RequestParam(required = false) String date,
      @RequestParam(defaultValue = "2020") String year,
      @RequestParam(defaultValue = "existing") String facilities) {
    FacilitySet set = CoverageParameters.facilities(facilities);
    PopulationYear y = CoverageParameters.year(year);
    int m = whole("minutes", minutes, 1, MAX_MINUTES);
    TransitRules rules =
        rules(
            time("from", from),
            time("to", to),
            whole("percentile", percentile, 1, 100),
            serviceDate(date));
    List<Coordinate> origins;
    if (park != null && !park.isBlank()) {
      if (lon != null || lat != null) {
        throw new InvalidParameterException("park", "give either park or lon/lat, not both");
      }
      origins = parks.gates(park.trim(), set);
    } else {
      if (lon == null || lat == null) {
        throw new InvalidParameterException("lon/lat", "give lon and lat (or park)");
      }
      LonLat p = CoverageParameters.lonLat(lon, lat);
      origins = List.of(isochrones.inZone(p.lon(), p.lat()));
    }
    TransitIsochrone iso = isochrones.compute(origins, m, rules, set, y);
    TransitIsochroneView.Reached props =
        new TransitIsochroneView.Reached(
            "transit",
            iso.minutes(),
            iso.residents(),
            iso.walkResidents(),
            iso.year().year(),
            iso.facilities().code(),
            ServiceTime.format(rules.fromSeconds()),
            ServiceTime.format(rules.toSeconds()),
            rules.percentile(),
            iso.stops(),
            iso.rules(),
            iso.computeMillis());
    return new TransitIsochroneView(
        "FeatureCollection", List.of(FeatureView.of("transit-" + m, iso.area(), props)));
  }

  /** The eight parks with their catchments, jobs and station access. */
  @GetMapping("/api/parks")
  List<ParkAnswer> parks(
      @RequestParam(defaultValue = "2020") String year,
      @RequestParam(defaultValue = "existing") String facilities) {
    return parks.parks(CoverageParameters.year(year), CoverageParameters.facilities(facilities));
  }

  /** {@code date=YYYY-MM-DD}: the service date; absent = the feed's typical Tuesday. */
  private static LocalDate serviceDate(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.trim());
    } catch (DateTimeParseException e) {
      throw new InvalidParameterException("date", "a date YYYY-MM-DD, not '" + text + "'");
    }
  }

  /**
   * Residents who gain a transit trip to each park within {@code minutes} between two facility sets
   * (default: existing lines → with the planned ones).
   */
  @GetMapping("/api/parks/compare")
  List<ParkGainAnswer> compareParks(
      @RequestParam(defaultValue = "2020") String year,
      @RequestParam(defaultValue = "existing") String from,
      @RequestParam(defaultValue = "plan") String to,
      @RequestParam(defaultValue = "45") String minutes) {
    FacilitySet before = set("from", from);
    FacilitySet after = set("to", to);
    if (before == after) {
      throw new InvalidParameterException("to", "must differ from 'from' (" + from + ")");
    }
    return parks.compare(
        CoverageParameters.year(year), before, after, whole("minutes", minutes, 1, MAX_MINUTES));
  }

  private static FacilitySet set(String name, String code) {
    try {
      return CoverageParameters.facilities(code);
    } catch (InvalidParameterException e) {
      throw new InvalidParameterException(name, "existing, committed or plan, not '" + code + "'");
    }
  }

  private TransitRules rules(int from, int to, int percentile, LocalDate date) {
    try {
      return transit.rules(from, to, percentile, date);
    } catch (IllegalArgumentException e) {
      throw new InvalidParameterException("from/to", e.getMessage());
    }
  }

  private static int time(String name, String text) {
    try {
      return ServiceTime.parse(text);
    } catch (IllegalArgumentException e) {
      throw new InvalidParameterException(name, e.getMessage());
    }
  }

  private static int whole(String name, String text, int min, int max) {
    try {
      int v = Integer.parseInt(text.trim());
      if (v < min || v > max) {
        throw new InvalidParameterException(
            name, "must be a whole number from " + min + " to " + max + ", got " + v);
      }
      return v;
    } catch (NumberFormatException e) {
      throw new InvalidParameterException(
          name, "must be a whole number from " + min + " to " + max + ", got '" + text + "'");
    }
  }
}
