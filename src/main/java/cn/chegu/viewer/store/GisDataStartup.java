package cn.chegu.viewer.store;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * On startup — after every bean (Flyway's migrations included) is ready and before the web server
 * accepts a request, so the map never sees a half-loaded store — loads {@code chegu.sample-data}
 * into the store when it changed. A missing manifest is logged and skipped (the store keeps what it
 * has); a broken file stops the application with a message naming the file and feature.
 */
@Component
class GisDataStartup implements SmartInitializingSingleton {

  private static final Logger log = LoggerFactory.getLogger(GisDataStartup.class);

  private final GisDataLoader loader;
  private final StoreProperties properties;

  GisDataStartup(
      FeatureStore store,
      ResourceLoader resources,
      StoreProperties properties,
      List<SampleFeatureCheck> checks) {
    this.loader = new GisDataLoader(store, resources, checks);
    this.properties = properties;
  }

  @Override
  public void afterSingletonsInstantiated() {
    if (!properties.loadSampleData()) {
      return;
    }
    String location = properties.sampleData();
    if (!loader.exists(location)) {
      log.warn("No sample data at {} (no MANIFEST.json): the store keeps what it has", location);
      return;
    }
    loader.load(location);
  }
}
