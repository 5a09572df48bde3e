package cn.chegu.viewer.web;

import static cn.chegu.viewer.web.ImportRequests.upload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.chegu.viewer.store.FeatureStore;
import cn.chegu.viewer.store.LayerVersion;
import cn.chegu.viewer.store.LayerVersionStore;
import cn.chegu.viewer.store.StoredFeature;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Writes at once through the whole application, on the shipped sample in its own in-memory store,
 * with 8 heavy slots (issue 20): parallel appends into one layer all land, each in its own version;
 * parallel restores, while coverage answers are being computed (which dropped-and-refilled caches
 * used to deadlock on), all answer 200 and none hangs.
 */
@SpringBootTest(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:parallel-writes;DB_CLOSE_DELAY=-1",
      "chegu.limits.heavy.concurrent=8",
      "chegu.limits.heavy.per-client=16",
      "chegu.limits.heavy.queue=32"
    })
@AutoConfigureMockMvc
class ParallelWritesApiTest {

  @Autowired MockMvc mvc;
  @Autowired LayerVersionStore versions;
  @Autowired FeatureStore store;

  /** "status body" of an answer, so a failure says which request and why. */
  private static String answer(org.springframework.test.web.servlet.MvcResult r) throws Exception {
    return r.getResponse().getStatus()
        + " "
        + r.getRequest().getRequestURI()
        + " "
        + r.getResponse().getContentAsString(StandardCharsets.UTF_8);
  }

  @Test
  void eightParallelAppendsAllLandAndParallelRestoresNeverHang() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(12);
    int before = store.allFeatures("facilities").size();
    int firstNew = versions.currentVersion("facilities") + 1;
    List<Future<Integer>> answers = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      String csv = "id,type,lon,lat\npar-" + i + ",hospital,114.1" + i + ",30.41\n";
      answers.add(
          pool.submit(
              () ->
                  mvc.perform(
                          upload(
                              "p.csv",
                              csv.getBytes(StandardCharsets.UTF_8),
                              "facilities",
                              Map.of("mode", "append")))
                      .andReturn()
                      .getResponse()
                      .getStatus()));
    }
    for (Future<Integer> f : answers) {
      assertThat(f.get(180, TimeUnit.SECONDS)).isEqualTo(200);
    }
    List<String> ids = store.allFeatures("facilities").stream().map(StoredFeature::id).toList();
    assertThat(ids).hasSize(before + 8);
    for (int i = 0; i < 8; i++) {
      assertThat(ids).contains("par-" + i);
    }
    assertThat(versions.versions("facilities"))
        .extracting(LayerVersion::version)
        .filteredOn(v -> v >= firstNew)
        .containsExactly(
            firstNew,
            firstNew + 1,
            firstNew + 2,
            firstNew + 3,
            firstNew + 4,
            firstNew + 5,
            firstNew + 6,
            firstNew + 7);

    List<Future<String>> restores = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      restores.add(pool.submit(restore()));
      restores.add(
          pool.submit(
              () ->
                  answer(
                      mvc.perform(get("/api/coverage?standard=health15&method=euclidean"))
                          .andReturn())));
    }
    for (Future<String> f : restores) {
      assertThat(f.get(180, TimeUnit.SECONDS)).startsWith("200 ");
    }
    pool.shutdown();
    assertThat(store.allFeatures("facilities")).hasSize(before);
  }

  private Callable<String> restore() {
    return () ->
        answer(
            mvc.perform(
                    post("/api/layers/facilities/versions/1/restore")
                        .with(user("editor").roles("EDITOR"))
                        .with(csrf()))
                .andReturn());
  }
}
