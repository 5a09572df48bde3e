package cn.chegu.viewer.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.chegu.viewer.io.MetricProjection;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Transit isochrones, the parks and the TOD indicator on the shipped sample. */
@SampleApiTest
class TransitApiTest {

  @Autowired MockMvc mvc;
  private final ObjectMapper json = new ObjectMapper();
  private final GeometryFactory gf = new GeometryFactory();

  private JsonNode getJson(String url) throws Exception {
    return json.readTree(
        mvc.perform(get(url))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8));
  }

  private JsonNode isochrone(double lon, double lat, int minutes, String set) throws Exception {
    return getJson(
        "/api/transit/isochrone?lon="
            + lon
            + "&lat="
            + lat
            + "&minutes="
            + minutes
            + "&from=07:30&to=08:30&facilities="
            + set);
  }

  @Test
  void fromLaoguancunLine6ReachesDongfengGongsiWithin30Minutes() throws Exception {
    JsonNode fc = isochrone(114.2206, 30.4952, 30, "existing");
    JsonNode f = fc.get("features").get(0);
    Geometry area = new GeoJsonReader().read(f.get("geometry").toString());
    // 东风公司站, ≈ 5.8 km west along line 6: far beyond a 30-minute walk (2 km at 4 km/h)
    assertThat(area.contains(gf.createPoint(new Coordinate(114.1608, 30.5026)))).isTrue();
    JsonNode p = f.get("properties");
    assertThat(p.get("residents").asLong()).isGreaterThan(p.get("walkResidents").asLong());
    assertThat(p.get("rules").toString()).contains("RAPTOR", "transfer penalty", "percentile 50");
    // the sample's services are undated, daily: the typical Tuesday is the first after 2020-01-01
    assertThat(p.get("rules").toString()).contains("on Tuesday 2020-01-07", "calendar_dates.txt");
    // by hand: line 6 老关村 → 江城大道 → 车城东路 → 东风公司 is 3 hops; with a 5-minute peak
    // headway the median wait is ≈ 2.5 min, so the stop's median time lies between the ride
    // alone and ride + headway
    JsonNode dongfeng = null;
    for (JsonNode s : p.get("stops")) {
      if (s.get("id").asText().equals("station-3")) {
        dongfeng = s;
      }
    }
    assertThat(dongfeng).isNotNull();
    assertThat(dongfeng.get("bestMinutes").asDouble())
        .isLessThan(dongfeng.get("minutes").asDouble());
    assertThat(dongfeng.get("minutes").asDouble() - dongfeng.get("bestMinutes").asDouble())
        .isLessThanOrEqualTo(5.0);
  }

  @Test
  void transitNeverReachesFewerResidentsThanWalkingAlone() throws Exception {
    Random random = new Random(17);
    for (int i = 0; i < 6; i++) {
      double lon = 114.10 + 0.12 * random.nextDouble();
      double lat = 30.44 + 0.08 * random.nextDouble();
      int minutes = 10 + 10 * random.nextInt(4);
      for (String set : List.of("existing", "plan")) {
        JsonNode p = isochrone(lon, lat, minutes, set).get("features").get(0).get("properties");
        assertThat(p.get("residents").asLong())
            .as("%s,%s %d min %s", lon, lat, minutes, set)
            .isGreaterThanOrEqualTo(p.get("walkResidents").asLong());
      }
    }
  }

  @Test
  void eightParksWithCatchmentsJobsAndStations() throws Exception {
    JsonNode parks = getJson("/api/parks?year=2020&facilities=existing");
    assertThat(parks).hasSize(8);
    for (JsonNode p : parks) {
      JsonNode r = p.get("residentsWithin");
      assertThat(r.get("transit30").asLong())
          .as(p.get("id").asText())
          .isGreaterThanOrEqualTo(r.get("walk30").asLong());
      assertThat(r.get("transit45").asLong()).isGreaterThanOrEqualTo(r.get("transit30").asLong());
      assertThat(r.get("drive30").asLong()).isGreaterThanOrEqualTo(r.get("walk30").asLong());
      assertThat(r.get("bike30").asLong()).isGreaterThanOrEqualTo(r.get("walk30").asLong());
      assertThat(p.get("stationsWithin800m").isInt()).isTrue();
      assertThat(p.get("jobsSource").asText()).isNotBlank();
      assertThat(p.get("areaShareNearStation").asDouble()).isBetween(0.0, 1.0);
    }
    JsonNode committed = getJson("/api/parks?year=2020&facilities=committed");
    for (int i = 0; i < 8; i++) {
      assertThat(committed.get(i).get("residentsWithin").get("transit45").asLong())
          .as("line 16 under construction never lowers a park's catchment")
          .isGreaterThanOrEqualTo(parks.get(i).get("residentsWithin").get("transit45").asLong());
    }
  }

  /**
   * 商务城 (park-2) checked by hand: its jobs are its area × 60 jobs/ha, its jobs–housing ratio is
   * jobs ÷ the 30-minute transit residents, and the stations within 800 m are exactly the served
   * stops whose straight-line distance to the park polygon (from the parks layer, in UTM 50N) is at
   * most 800 m — the distances are printed in the failure message.
   */
  @Test
  void businessCityFiguresCheckedByHand() throws Exception {
    JsonNode park = null;
    for (JsonNode p : getJson("/api/parks?year=2020&facilities=existing")) {
      if (p.get("id").asText().equals("park-2")) {
        park = p;
      }
    }
    assertThat(park).isNotNull();
    JsonNode layer = getJson("/api/layers/parks/features");
    Geometry polygon = null;
    for (JsonNode f : layer.get("features")) {
      if (f.get("id").asText().equals("park-2")) {
        polygon =
            MetricProjection.UTM_50N.toMetric(
                new GeoJsonReader().read(f.get("geometry").toString()));
      }
    }
    double hectares = polygon.getArea() / 1e4;
    assertThat(park.get("jobs").asLong()).isEqualTo(Math.round(hectares * 60));
    assertThat(park.get("jobsSource").asText()).startsWith("modelled: park area × 60.0 jobs/ha");
    long transit30 = park.get("residentsWithin").get("transit30").asLong();
    assertThat(park.get("jobsHousingRatio").asDouble())
        .isCloseTo(
            park.get("jobs").asLong() / (double) transit30,
            org.assertj.core.data.Offset.offset(0.001));
    // the existing metro stations (reference coordinates) and their distance to the park
    String[][] stations = {
      {"三角湖站", "114.1741", "30.5188"},
      {"体育中心站", "114.1656", "30.5086"},
      {"东风公司站", "114.1608", "30.5026"},
      {"沌阳大道站", "114.1519", "30.4923"},
      {"车城东路站", "114.1746", "30.4980"},
      {"江城大道站", "114.1969", "30.4989"},
      {"老关村站", "114.2206", "30.4952"},
      {"国博中心南站", "114.2310", "30.5065"},
      {"南太子湖站", "114.2146", "30.4791"},
      {"沌口站", "114.1998", "30.4645"}
    };
    List<String> near = new ArrayList<>();
    StringBuilder distances = new StringBuilder();
    for (String[] s : stations) {
      Coordinate c =
          MetricProjection.UTM_50N.toMetric(Double.parseDouble(s[1]), Double.parseDouble(s[2]));
      double d = polygon.distance(gf.createPoint(c));
      distances.append(s[0]).append(' ').append(Math.round(d)).append(" m; ");
      if (d <= 800) {
        near.add(s[0]);
      }
    }
    List<String> metro = new ArrayList<>();
    park.get("stations")
        .forEach(
            s -> {
              if (!s.asText().startsWith("T1")) {
                metro.add(s.asText());
              }
            });
    assertThat(metro).as(distances.toString()).containsExactlyInAnyOrderElementsOf(near);
  }

  @Test
  void todIndicatorIsMeasuredAndGrowsWithThePlannedLines() throws Exception {
    double existing = tod("?year=2020&facilities=existing");
    double plan = tod("?year=2020&facilities=plan");
    assertThat(existing).isGreaterThan(0);
    assertThat(plan).isGreaterThanOrEqualTo(existing);
    assertThat(tod("?year=2025&facilities=plan")).isGreaterThan(0);
  }

  private double tod(String query) throws Exception {
    for (JsonNode i : getJson("/api/indicators" + query)) {
      if (i.get("code").asText().equals("tod_station_area_walk800")) {
        assertThat(i.get("method").asText()).contains("800 m of walk");
        return i.get("measured").asDouble();
      }
    }
    throw new AssertionError("no tod_station_area_walk800 indicator");
  }

  @Test
  void residentsWhoGainA45MinuteTripWithThePlannedLinesAddUpWithTheParksAnswer() throws Exception {
    JsonNode gains = getJson("/api/parks/compare?year=2020&from=existing&to=committed&minutes=45");
    JsonNode existing = getJson("/api/parks?year=2020&facilities=existing");
    JsonNode committed = getJson("/api/parks?year=2020&facilities=committed");
    assertThat(gains.size()).isEqualTo(8);
    long gainedAnywhere = 0;
    for (int i = 0; i < gains.size(); i++) {
      JsonNode g = gains.get(i);
      assertThat(g.get("id").asText()).isEqualTo(existing.get(i).get("id").asText());
      // the same figures as the parks table of each set
      assertThat(g.get("residentsBefore").asLong())
          .isEqualTo(existing.get(i).at("/residentsWithin/transit45").asLong());
      assertThat(g.get("residentsAfter").asLong())
          .isEqualTo(committed.get(i).at("/residentsWithin/transit45").asLong());
      // adding Line 16's section and the committed roads never takes a trip away
      assertThat(g.get("lost").asLong()).isZero();
      assertThat(g.get("gained").asLong())
          .isEqualTo(g.get("residentsAfter").asLong() - g.get("residentsBefore").asLong());
      gainedAnywhere += g.get("gained").asLong();
    }
    assertThat(gainedAnywhere).isPositive();
    assertThat(gains.get(0).get("rules").toString()).contains("gained: residents");
    for (JsonNode g : gains) {
      ZhTexts.assertSameFacts(g.get("rules"), g.get("rulesZh"));
    }
    for (JsonNode p : existing) {
      ZhTexts.assertSameFacts(p.get("rules"), p.get("rulesZh"));
      ZhTexts.assertSameFacts(p.get("jobsSource").asText(), p.get("jobsSourceZh").asText());
    }
    mvc.perform(get("/api/parks/compare?from=plan&to=plan")).andExpect(status().isBadRequest());
    mvc.perform(get("/api/parks/compare?to=all"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.message").value(Matchers.containsString("to")));
    mvc.perform(get("/api/parks/compare?minutes=0")).andExpect(status().isBadRequest());
  }

  @Test
  void badRequestsAreRefusedWithAMessage() throws Exception {
    String base = "/api/transit/isochrone?lon=114.2206&lat=30.4952";
    mvc.perform(get(base + "&minutes=0"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("minutes")));
    mvc.perform(get(base + "&from=8h")).andExpect(status().isBadRequest());
    mvc.perform(get(base + "&from=09:00&to=08:00")).andExpect(status().isBadRequest());
    mvc.perform(get(base + "&percentile=0")).andExpect(status().isBadRequest());
    mvc.perform(get(base + "&date=20200107"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.message").value(Matchers.containsString("YYYY-MM-DD")));
    mvc.perform(get(base + "&facilities=all")).andExpect(status().isBadRequest());
    mvc.perform(get("/api/transit/isochrone?lon=10&lat=30")).andExpect(status().isBadRequest());
    mvc.perform(get("/api/transit/isochrone?minutes=30")).andExpect(status().isBadRequest());
    mvc.perform(get("/api/transit/isochrone?park=park-99")).andExpect(status().isNotFound());
    mvc.perform(get("/api/parks?year=2030")).andExpect(status().isBadRequest());
  }

  @Test
  void aParkIsochroneStartsFromTheParkGates() throws Exception {
    JsonNode p =
        getJson("/api/transit/isochrone?park=park-3&minutes=45")
            .get("features")
            .get(0)
            .get("properties");
    JsonNode park = null;
    for (JsonNode x : getJson("/api/parks?year=2020&facilities=existing")) {
      if (x.get("id").asText().equals("park-3")) {
        park = x;
      }
    }
    // the same search as the park's transit45 figure
    assertThat(p.get("residents").asLong())
        .isEqualTo(park.get("residentsWithin").get("transit45").asLong());
  }

  @Test
  void corridorsProfileTheAxisTheBeltsAndADrawnLine() throws Exception {
    JsonNode narrow = getJson("/api/corridors?bufferMeters=500");
    JsonNode wide = getJson("/api/corridors?bufferMeters=1500");
    assertThat(narrow).hasSize(3); // one axis, two belts (layout layer)
    for (int i = 0; i < 3; i++) {
      JsonNode c = wide.get(i);
      assertThat(c.get("stationAreaResidents").asLong())
          .isLessThanOrEqualTo(c.get("residents").asLong());
      assertThat(c.get("residents").asLong())
          .as("a wider buffer holds at least as many residents")
          .isGreaterThanOrEqualTo(narrow.get(i).get("residents").asLong());
    }
    // along line 6 from 老关村 to 东风公司: the two stations between lie within 300 m of the line
    JsonNode drawn =
        getJson(
                "/api/corridors?bufferMeters=300&line=114.2206,30.4952;114.1969,30.4989;114.1746,30.4980;114.1608,30.5026")
            .get(0);
    assertThat(drawn.get("stations").toString()).contains("江城大道站", "车城东路站", "东风公司站", "老关村站");
    mvc.perform(get("/api/corridors?line=114.2,30.49")).andExpect(status().isBadRequest());
    mvc.perform(get("/api/corridors?bufferMeters=10")).andExpect(status().isBadRequest());
  }
}
