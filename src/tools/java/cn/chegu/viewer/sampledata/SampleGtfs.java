package cn.chegu.viewer.sampledata;

import cn.chegu.viewer.transit.FeedLayer;
import cn.chegu.viewer.transit.GtfsFeed;
import cn.chegu.viewer.transit.ServiceTime;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.linearref.LengthIndexedLine;

/**
 * The sample GTFS feed (gis-data/gtfs/) for metro 3, 6, 16 and the T1 tram, built from the {@code
 * transport} layer's lines and stations at their reference coordinates. Everything about running is
 * <b>modelled</b> and says so in {@code routes.txt}'s {@code source}: run times are the distance
 * along the drawn line at a running speed plus a dwell at every intermediate stop; headways are
 * typical peak/off-peak values. Metro 3, 6 and 16 run by {@code frequencies.txt}, the tram by
 * explicit {@code stop_times} (so both GTFS forms are exercised by the sample). Line 16: its opened
 * section (国博中心南–沌口, stations marked existing in the transport layer) is route {@code 16}
 * (existing); the whole line is route {@code 16-full} (under construction), which runs in addition
 * in the committed and plan sets.
 */
final class SampleGtfs {

  /** What routes.txt says about a metro route's modelled timetable. */
  static String metroSource(SampleParameters.Timetable t) {
    return "modelled: stations and alignment from the transport layer (reference points); run time ="
        + " distance along the drawn line at "
        + (int) t.metroKmh()
        + " km/h + "
        + t.metroDwellS()
        + " s dwell; headways "
        + headways(t.metroBands())
        + " — typical Wuhan Metro values, not the operator's timetable";
  }

  /**
   * The bands in words: the shortest headway with its periods, then the range of the others ("5 min
   * (7:00–9:30, 17:00–19:30), 8–10 min otherwise").
   */
  static String headways(List<SampleParameters.Band> bands) {
    int peak = bands.stream().mapToInt(SampleParameters.Band::headwayMin).min().orElseThrow();
    List<String> peaks =
        bands.stream()
            .filter(b -> b.headwayMin() == peak)
            .map(b -> b.start() + "–" + b.end())
            .toList();
    int[] other =
        bands.stream().mapToInt(SampleParameters.Band::headwayMin).filter(h -> h != peak).toArray();
    String out = peak + " min (" + String.join(", ", peaks) + ")";
    if (other.length == 0) {
      return out;
    }
    int lo = java.util.Arrays.stream(other).min().getAsInt();
    int hi = java.util.Arrays.stream(other).max().getAsInt();
    return out + ", " + (lo == hi ? lo : lo + "–" + hi) + " min otherwise";
  }

  /** What routes.txt says about the tram route's modelled timetable. */
  static String tramSource(SampleParameters.Timetable t) {
    return "modelled: alignment from the transport layer (plan §1.1, digitised), stops every ≈"
        + (int) t.tramStopSpacingM()
        + " m along it; run time at "
        + (int) t.tramKmh()
        + " km/h + "
        + t.tramDwellS()
        + " s dwell; every "
        + t.tramHeadwayMin()
        + " min "
        + t.tramFirst()
        + "–"
        + t.tramLast();
  }

  private SampleGtfs() {}

  /** The feed. */
  static GtfsFeed feed(List<Feature> transport, SampleParameters.Timetable t) {
    Builder b = new Builder(t);
    Map<String, Feature> stations = new LinkedHashMap<>();
    for (Feature f : transport) {
      if ("metro_station".equals(f.properties().get("kind"))) {
        stations.put(f.id(), f);
        Coordinate c = f.geometry().getCoordinate();
        b.stops.add(new GtfsFeed.Stop(f.id(), (String) f.properties().get("name_zh"), c.x, c.y));
      }
    }
    for (Feature line : transport) {
      Object kind = line.properties().get("kind");
      if ("metro_line".equals(kind)) {
        String no = (String) line.properties().get("line");
        List<Feature> on = ordered(line, stations, no);
        if (no.equals("16")) {
          List<Feature> opened =
              on.stream().filter(s -> "existing".equals(s.properties().get("status"))).toList();
          b.metro("16", "16", "地铁16号线（已开通段）", "existing", line, opened);
          b.metro("16-full", "16", "地铁16号线（全线）", "under_construction", line, on);
        } else {
          b.metro(no, no, (String) line.properties().get("name_zh"), "existing", line, on);
        }
      } else if ("tram_line".equals(kind)) {
        b.tram(line);
      }
    }
    return new GtfsFeed(
        b.stops,
        b.routes,
        b.trips,
        b.stopTimes,
        b.frequencies,
        List.of(new GtfsFeed.Service("daily", EnumSet.allOf(DayOfWeek.class))));
  }

  /** The stations of line {@code no} in order along the drawn line. */
  private static List<Feature> ordered(Feature line, Map<String, Feature> stations, String no) {
    LengthIndexedLine index = new LengthIndexedLine(Geo.toMetric(line.geometry()));
    List<Feature> on = new ArrayList<>();
    for (Feature s : stations.values()) {
      if (List.of(((String) s.properties().get("lines")).split(",")).contains(no)) {
        on.add(s);
      }
    }
    on.sort(
        (x, y) ->
            Double.compare(
                index.project(Geo.toMetric(x.geometry()).getCoordinate()),
                index.project(Geo.toMetric(y.geometry()).getCoordinate())));
    return on;
  }

  /** The layer's features for the feed (what gis-data/transit.geojson holds). */
  static List<Feature> layer(GtfsFeed feed) {
    List<Feature> out = new ArrayList<>();
    for (FeedLayer.Feature f : FeedLayer.toFeatures(feed, "§1.1; §3.2(二)")) {
      Map<String, Object> p = new LinkedHashMap<>(f.properties());
      // the sample's provenance vocabulary: stations are reference points, the rest is modelled
      boolean station = "stop".equals(p.get("kind")) && f.id().startsWith("stop-station-");
      p.put("source", station ? "reference point" : "modelled");
      out.add(new Feature(f.id(), Geo.round(f.geometry()), p));
    }
    return out;
  }

  /** The feed's files, GTFS CSV (name → content). */
  static Map<String, String> files(GtfsFeed feed) {
    Map<String, String> out = new LinkedHashMap<>();
    out.put(
        "agency.txt",
        "agency_id,agency_name,agency_url,agency_timezone\n"
            + "sample,车谷 sample feed (modelled),https://example.invalid/chegu,Asia/Shanghai\n");
    StringBuilder stops = new StringBuilder("stop_id,stop_name,stop_lat,stop_lon\n");
    feed.stops()
        .forEach(
            s ->
                stops.append(
                    String.format(
                        java.util.Locale.ROOT,
                        "%s,%s,%.6f,%.6f%n",
                        s.id(),
                        s.name(),
                        s.lat(),
                        s.lon())));
    out.put("stops.txt", stops.toString());
    StringBuilder routes =
        new StringBuilder(
            "route_id,agency_id,route_short_name,route_long_name,route_type,status,source\n");
    feed.routes()
        .forEach(
            r ->
                routes.append(
                    String.join(
                            ",",
                            r.id(),
                            "sample",
                            r.shortName(),
                            r.longName(),
                            Integer.toString(r.type()),
                            r.status(),
                            "\"" + r.source() + "\"")
                        + "\n"));
    out.put("routes.txt", routes.toString());
    StringBuilder trips = new StringBuilder("route_id,service_id,trip_id\n");
    feed.trips()
        .forEach(t -> trips.append(t.routeId() + "," + t.serviceId() + "," + t.id() + "\n"));
    out.put("trips.txt", trips.toString());
    StringBuilder st =
        new StringBuilder("trip_id,arrival_time,departure_time,stop_id,stop_sequence\n");
    feed.stopTimes()
        .forEach(
            c ->
                st.append(
                    String.join(
                            ",",
                            c.tripId(),
                            ServiceTime.format(c.arrivalSeconds()),
                            ServiceTime.format(c.departureSeconds()),
                            c.stopId(),
                            Integer.toString(c.sequence()))
                        + "\n"));
    out.put("stop_times.txt", st.toString());
    StringBuilder fq = new StringBuilder("trip_id,start_time,end_time,headway_secs\n");
    feed.frequencies()
        .forEach(
            f ->
                fq.append(
                    String.join(
                            ",",
                            f.tripId(),
                            ServiceTime.format(f.startSeconds()),
                            ServiceTime.format(f.endSeconds()),
                            Integer.toString(f.headwaySeconds()))
                        + "\n"));
    out.put("frequencies.txt", fq.toString());
    out.put(
        "calendar.txt",
        "service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,end_date\n"
            + "daily,1,1,1,1,1,1,1,20200101,20351231\n");
    return out;
  }

  /** Collects the feed's rows. */
  private static final class Builder {
    final SampleParameters.Timetable t;
    final List<GtfsFeed.Stop> stops = new ArrayList<>();
    final List<GtfsFeed.Route> routes = new ArrayList<>();
    final List<GtfsFeed.Trip> trips = new ArrayList<>();
    final List<GtfsFeed.StopTime> stopTimes = new ArrayList<>();
    final List<GtfsFeed.Frequency> frequencies = new ArrayList<>();

    Builder(SampleParameters.Timetable t) {
      this.t = t;
    }

    void metro(
        String id,
        String shortName,
        String longName,
        String status,
        Feature line,
        List<Feature> on) {
      routes.add(new GtfsFeed.Route(id, shortName, longName, 1, status, metroSource(t)));
      List<Coordinate> points = on.stream().map(s -> s.geometry().getCoordinate()).toList();
      List<String> ids = on.stream().map(Feature::id).toList();
      int[] run = runSeconds(line.geometry(), points, t.metroKmh());
      for (int dir = 0; dir < 2; dir++) {
        String trip = id + (dir == 0 ? "-a" : "-b");
        trips.add(new GtfsFeed.Trip(trip, id, "daily"));
        calls(
            trip,
            dir == 0 ? ids : reversed(ids),
            dir == 0 ? run : reversed(run),
            6 * 3600,
            t.metroDwellS());
        for (SampleParameters.Band band : t.metroBands()) {
          frequencies.add(
              new GtfsFeed.Frequency(
                  trip,
                  ServiceTime.parse(band.start()),
                  ServiceTime.parse(band.end()),
                  band.headwayMin() * 60));
        }
      }
    }

    void tram(Feature line) {
      String id = (String) line.properties().get("id");
      routes.add(
          new GtfsFeed.Route(
              "T1", "T1", (String) line.properties().get("name_zh"), 0, "existing", tramSource(t)));
      LineString m = (LineString) Geo.toMetric(line.geometry());
      int n = Math.max(2, (int) Math.round(m.getLength() / t.tramStopSpacingM()) + 1);
      LengthIndexedLine index = new LengthIndexedLine(m);
      List<String> ids = new ArrayList<>();
      List<Coordinate> points = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        Coordinate c = index.extractPoint(m.getLength() * i / (n - 1));
        Coordinate ll = Geo.round(Geo.toLonLat(Geo.GF.createPoint(c))).getCoordinate();
        String stopId = id + "-" + (i + 1);
        ids.add(stopId);
        points.add(ll);
        stops.add(new GtfsFeed.Stop(stopId, "T1 第" + (i + 1) + "站（模型）", ll.x, ll.y));
      }
      int[] run = runSeconds(line.geometry(), points, t.tramKmh());
      for (int dir = 0; dir < 2; dir++) {
        int k = 0;
        for (int start = ServiceTime.parse(t.tramFirst());
            start <= ServiceTime.parse(t.tramLast());
            start += t.tramHeadwayMin() * 60) {
          String trip = "T1-" + (dir == 0 ? "a" : "b") + "-" + (++k);
          trips.add(new GtfsFeed.Trip(trip, "T1", "daily"));
          calls(
              trip,
              dir == 0 ? ids : reversed(ids),
              dir == 0 ? run : reversed(run),
              start,
              t.tramDwellS());
        }
      }
    }

    private void calls(String trip, List<String> ids, int[] run, int start, int dwell) {
      int at = start;
      for (int i = 0; i < ids.size(); i++) {
        if (i > 0) {
          at += run[i - 1];
        }
        int dep = i == 0 || i == ids.size() - 1 ? at : at + dwell;
        stopTimes.add(new GtfsFeed.StopTime(trip, i + 1, ids.get(i), at, dep));
        at = dep;
      }
    }
  }

  /** Seconds between consecutive stops: distance along the drawn line at {@code kmh}, to 10 s. */
  static int[] runSeconds(Geometry lineLonLat, List<Coordinate> stopsLonLat, double kmh) {
    Geometry m = Geo.toMetric(lineLonLat);
    LengthIndexedLine index = new LengthIndexedLine(m);
    int[] out = new int[stopsLonLat.size() - 1];
    for (int i = 1; i < stopsLonLat.size(); i++) {
      Coordinate a = Geo.toMetric(stopsLonLat.get(i - 1).x, stopsLonLat.get(i - 1).y);
      Coordinate b = Geo.toMetric(stopsLonLat.get(i).x, stopsLonLat.get(i).y);
      double along = Math.abs(index.project(b) - index.project(a));
      double meters = Math.max(along, a.distance(b));
      out[i - 1] = (int) (Math.ceil(meters / (kmh / 3.6) / 10) * 10);
    }
    return out;
  }

  private static <T> List<T> reversed(List<T> list) {
    List<T> out = new ArrayList<>(list);
    java.util.Collections.reverse(out);
    return out;
  }

  private static int[] reversed(int[] a) {
    int[] out = new int[a.length];
    for (int i = 0; i < a.length; i++) {
      out[i] = a[a.length - 1 - i];
    }
    return out;
  }
}
