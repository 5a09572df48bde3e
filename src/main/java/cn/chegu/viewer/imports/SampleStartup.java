package cn.chegu.viewer.imports;

import cn.chegu.viewer.store.FeatureStore;
import cn.chegu.viewer.store.StoreProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * On startup — after every bean (Flyway's migrations included) is ready and before the web server
 * accepts a request, so the map never sees a half-loaded store — loads {@code chegu.sample-data}
 * into the store when it changed ({@link SampleLoader}). A missing manifest is logged and skipped
 * (the store keeps what it has); a broken file or a feature breaking an import rule stops the
 * application with a message naming the file, the feature and the rule.
 */
@Component
class SampleStartup implements SmartInitializingSingleton {

  private static final Logger log = LoggerFactory.getLogger(SampleStartup.class);

  private final SampleLoader loader;
  private final StoreProperties properties;

  SampleStartup(
      FeatureStore store,
      ResourceLoader resources,
      StoreProperties properties,
      ImportProperties imports) {
    this.loader = new SampleLoader(store, resources, imports.readers());
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
