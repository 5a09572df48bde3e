package cn.chegu.viewer.web;

import cn.chegu.viewer.store.FeatureStore;
import cn.chegu.viewer.store.SearchHit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

  /** Features fetched per hit asked for, so that grouping still fills the page. */
  static final int GROUPING_FACTOR = 10;

  /**
   * A match: {@code lon}/{@code lat} is a point on or inside the feature. Features of one layer
   * with the same names (the segments of one road) are one hit: {@code parts} counts them and the
   * point is on the middle one.
   */
  record Hit(
      String layer, String id, String nameZh, String nameEn, double lon, double lat, int parts) {
    static Hit of(List<SearchHit> group) {
      SearchHit hit = group.get(group.size() / 2);
      return new Hit(
          hit.layerId(), hit.id(), hit.nameZh(), hit.nameEn(), hit.lon(), hit.lat(), group.size());
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
    Map<List<String>, List<SearchHit>> groups = new LinkedHashMap<>();
    for (SearchHit h : store.search(query, max * GROUPING_FACTOR)) {
      groups
          .computeIfAbsent(
              java.util.Arrays.asList(h.layerId(), h.nameZh(), h.nameEn()), k -> new ArrayList<>())
          .add(h);
    }
    return groups.values().stream().limit(max).map(Hit::of).toList();
  }
}
