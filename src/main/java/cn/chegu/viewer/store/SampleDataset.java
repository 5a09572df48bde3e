package cn.chegu.viewer.store;

import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/**
 * The sample data as the store knows it: the dataset name its checksum is recorded under (version 1
 * of every layer of the default area), and where its files are ({@code chegu.sample-data}). The
 * store does not read it: {@code cn.chegu.viewer.imports.SampleLoader} does, through the import
 * pipeline.
 */
public final class SampleDataset {

  /** The dataset name under which the sample data is recorded. */
  public static final String NAME = "gis-data";

  private SampleDataset() {}

  /**
   * The file {@code file} of the sample data at {@code location} (a Spring resource location such
   * as {@code classpath:gis-data/} or {@code file:/srv/gis-data/}, or a plain directory path), e.g.
   * the manifest or the plan file next to the layers.
   */
  public static Resource resource(ResourceLoader resources, String location, String file) {
    String base = location.endsWith("/") ? location : location + "/";
    // "classpath:", "file:" ... have two or more letters; a drive letter is a Windows path
    boolean hasPrefix = base.matches("^[a-zA-Z][a-zA-Z0-9+.-]+:.*");
    return resources.getResource((hasPrefix ? base : "file:" + base) + file);
  }
}
