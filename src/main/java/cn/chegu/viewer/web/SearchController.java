package cn.chegu.viewer.web;

import cn.chegu.viewer.store.FeatureStore;
import cn.chegu.viewer.store.SearchHit;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Finding features by name, to zoom the map to them. */
@RestController
class SearchController {

  static final int MAX_QUERY_LENGTH = 100;
  static final int DEFAULT_LIMIT = 20;
  static final int MAX_LIMIT = 100;

  private final FeatureStore store;

  SearchController(FeatureStore store) {
    this.store = store;
  }

  /** A match: {@code lon}/{@code lat} is a point on or inside the feature. */
  record Hit(String layer, String id, String nameZh, String nameEn, double lon, double lat) {
    static Hit of(SearchHit hit) {
      return new Hit(hit.layerId(), hit.id(), hit.nameZh(), hit.nameEn(), hit.lon(), hit.lat());
    }
  }

  /**
   * Features whose Chinese or English name contains {@code q} (1..100 characters,
   * case-insensitive), at most {@code limit} (1..100, default 20).
   */
  @GetMapping("/api/search")
  List<Hit> search(@RequestParam String q, @RequestParam(required = false) Integer limit) {
    String query = q.strip();
    if (query.isEmpty() || query.length() > MAX_QUERY_LENGTH) {
      throw new InvalidParameterException(
          "q", "must be 1 to " + MAX_QUERY_LENGTH + " characters, got " + query.length());
    }
    int max = RequestParameters.limit(limit, DEFAULT_LIMIT, MAX_LIMIT);
    return store.search(query, max).stream().map(Hit::of).toList();
  }
}
