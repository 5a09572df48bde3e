package cn.chegu.viewer.store;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the store lives and what it is loaded from ({@code chegu.*}).
 *
 * @param dataDir directory of the embedded database file ({@code CHEGU_DATA_DIR}, default {@code
 *     ./data}); unused with the postgis profile
 * @param sampleData location of {@code MANIFEST.json} and the layer files: a Spring resource
 *     ({@code classpath:gis-data/}, {@code file:/srv/gis-data/}) or a plain directory path
 * @param loadSampleData whether to (re)load the sample data on startup when it changed
 */
@ConfigurationProperties("chegu")
public record StoreProperties(
    @DefaultValue("./data") Path dataDir,
    @DefaultValue("classpath:gis-data/") String sampleData,
    @DefaultValue("true") boolean loadSampleData) {}
