package cn.chegu.viewer.bench;

import cn.chegu.viewer.imports.SampleLoader;
import cn.chegu.viewer.io.ImportFiles;
import cn.chegu.viewer.io.SafeArchive;
import cn.chegu.viewer.store.LayerContent;
import cn.chegu.viewer.store.StoredFeature;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.DefaultResourceLoader;

/**
 * The features of a sample directory as the application stores them: read and checked by the import
 * pipeline ({@link SampleLoader#read}), not written anywhere.
 */
final class SampleLayers {

  private SampleLayers() {}

  /** Layer id → features, in manifest order. */
  static Map<String, List<StoredFeature>> read(Path gisData) {
    ImportFiles readers = new ImportFiles(new SafeArchive(1000, 512L << 20, 200));
    Map<String, List<StoredFeature>> out = new LinkedHashMap<>();
    for (LayerContent layer :
        SampleLoader.read(new DefaultResourceLoader(), readers, gisData.toString())) {
      out.put(layer.definition().id(), layer.features());
    }
    return out;
  }
}
