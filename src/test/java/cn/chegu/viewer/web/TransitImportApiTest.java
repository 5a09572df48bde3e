package cn.chegu.viewer.web;

import static cn.chegu.viewer.web.ImportRequests.upload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.chegu.viewer.imports.ImportService;
import cn.chegu.viewer.store.LayerVersionStore;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;

/** GTFS zips through POST /api/imports into layer transit: valid, frequency-based and broken. */
@SpringBootTest(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:transit-import;DB_CLOSE_DELAY=-1",
      // an import during the warm-ups meets the refresh/computeIfAbsent deadlock (ANNOUNCE.md)
      "chegu.siting.warm-up=false",
      "chegu.warmup.enabled=false"
    })
@AutoConfigureMockMvc
class TransitImportApiTest {

  @Autowired MockMvc mvc;
  @Autowired ImportService imports;
  @Autowired LayerVersionStore versions;
  private final ObjectMapper json = new ObjectMapper();

  @AfterEach
  void backToTheSample() {
    if (versions.currentVersion("transit") > 1) {
      imports.restore("transit", 1, "test");
    }
  }

  static byte[] zip(Map<String, String> files) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      for (Map.Entry<String, String> f : files.entrySet()) {
        z.putNextEntry(new ZipEntry(f.getKey()));
        z.write(f.getValue().getBytes(StandardCharsets.UTF_8));
        z.closeEntry();
      }
    }
    return out.toByteArray();
  }

  static Map<String, String> sample() throws Exception {
    Map<String, String> files = new LinkedHashMap<>();
    try (var list = Files.list(Path.of("gis-data/gtfs"))) {
      for (Path p : list.sorted().toList()) {
        files.put(p.getFileName().toString(), Files.readString(p));
      }
    }
    return files;
  }

  /** One shuttle 老关村 ↔ 东风公司 every 3 minutes, by frequencies.txt only. */
  static Map<String, String> shuttle() {
    Map<String, String> f = new LinkedHashMap<>();
    f.put(
        "stops.txt",
        "stop_id,stop_name,stop_lat,stop_lon\nL,老关村,30.4952,114.2206\nD,东风公司,30.5026,114.1608\n");
    f.put("routes.txt", "route_id,route_short_name,route_long_name,route_type\nS,S,shuttle,3\n");
    f.put("trips.txt", "route_id,service_id,trip_id\nS,all,s1\n");
    f.put(
        "stop_times.txt",
        "trip_id,arrival_time,departure_time,stop_id,stop_sequence\ns1,07:00:00,07:00:00,L,1\ns1,07:08:00,07:08:00,D,2\n");
    f.put(
        "frequencies.txt", "trip_id,start_time,end_time,headway_secs\ns1,07:00:00,09:00:00,180\n");
    f.put(
        "calendar.txt",
        "service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,end_date\nall,1,1,1,1,1,1,1,20200101,20301231\n");
    return f;
  }

  private JsonNode stops(String query) throws Exception {
    return json.readTree(
            mvc.perform(get("/api/transit/isochrone?lon=114.2206&lat=30.4952&minutes=30" + query))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8))
        .get("features")
        .get(0)
        .get("properties")
        .get("stops");
  }

  @Test
  void theSampleFeedImportsAsANewVersion() throws Exception {
    int before = versions.currentVersion("transit");
    mvc.perform(upload("sample-gtfs.zip", zip(sample()), "transit", Map.of("mode", "replace")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.version").value(before + 1))
        .andExpect(jsonPath("$.format").value("GTFS"));
    assertThat(stops("").toString()).contains("东风公司站");
  }

  @Test
  void aFrequencyOnlyFeedReplacesTheTimetable() throws Exception {
    mvc.perform(upload("shuttle.zip", zip(shuttle()), "transit", Map.of("mode", "replace")))
        .andExpect(status().isOk());
    JsonNode stops = stops("");
    assertThat(stops).hasSize(2);
    // 8-minute ride, 3-minute headway: median wait ≈ 1.5 min
    for (JsonNode s : stops) {
      if (s.get("id").asText().equals("D")) {
        assertThat(s.get("minutes").asDouble()).isBetween(8.0, 12.0);
      }
    }
  }

  @Test
  void brokenFeedsAreRefusedAndWriteNothing() throws Exception {
    int before = versions.currentVersion("transit");
    Map<String, String> badStop = shuttle();
    badStop.put(
        "stop_times.txt",
        "trip_id,arrival_time,departure_time,stop_id,stop_sequence\ns1,07:00:00,07:00:00,L,1\ns1,07:08:00,07:08:00,X,2\n");
    mvc.perform(upload("bad.zip", zip(badStop), "transit", Map.of("mode", "replace")))
        .andExpect(status().is4xxClientError())
        .andExpect(
            jsonPath("$.message")
                .value(
                    Matchers.containsString(
                        "stop_times.txt line 3: stop_id 'X' is not in stops.txt")));
    Map<String, String> noCalendar = shuttle();
    noCalendar.remove("calendar.txt");
    mvc.perform(upload("nocal.zip", zip(noCalendar), "transit", Map.of("mode", "replace")))
        .andExpect(status().is4xxClientError())
        .andExpect(jsonPath("$.message").value(Matchers.containsString("lacks calendar.txt")));
    mvc.perform(upload("shuttle.zip", zip(shuttle()), "facilities", Map.of()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.message").value(Matchers.containsString("GTFS")));
    assertThat(versions.currentVersion("transit")).isEqualTo(before);
  }
}
