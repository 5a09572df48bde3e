package cn.chegu.viewer.bench;

import cn.chegu.viewer.imports.SampleLoader;
import cn.chegu.viewer.io.ImportFiles;
import cn.chegu.viewer.io.SafeArchive;
import cn.chegu.viewer.store.FeatureStore;
import cn.chegu.viewer.store.LayerContent;
import cn.chegu.viewer.store.TestDatabases;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.util.FileSystemUtils;

/**
 * What loading the sample costs at startup ({@link SampleLoader}): reading and checking {@code
 * gis-data/} through the import pipeline (nothing written), and a whole cold load into a fresh
 * embedded H2GIS store (read, check, write). Prints the median and range of {@code runs} runs after
 * one warm-up. Run from the project root:
 *
 * <pre>
 * mvn -B -o -q test-compile org.codehaus.mojo:exec-maven-plugin:3.5.1:java \
 *     -Dexec.classpathScope=test -Dexec.mainClass=cn.chegu.viewer.bench.SampleLoadBench \
 *     -Dexec.args=5
 * </pre>
 */
public final class SampleLoadBench {

  private SampleLoadBench() {}

  public static void main(String[] args) throws Exception {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    String location = args.length > 1 ? args[1] : "gis-data";
    ImportFiles readers = new ImportFiles(new SafeArchive(1000, 512L << 20, 200));
    DefaultResourceLoader resources = new DefaultResourceLoader();
    List<Double> read = new ArrayList<>();
    List<Double> load = new ArrayList<>();
    int features = 0;
    for (int run = 0; run <= runs; run++) {
      long t0 = System.nanoTime();
      List<LayerContent> layers = SampleLoader.read(resources, readers, location);
      double readMs = (System.nanoTime() - t0) / 1e6;
      features = layers.stream().mapToInt(l -> l.features().size()).sum();
      Path dir = Files.createTempDirectory("sample-load-bench-");
      try (HikariDataSource dataSource = TestDatabases.h2gis(dir)) {
        FeatureStore store = new FeatureStore(dataSource);
        long t1 = System.nanoTime();
        new SampleLoader(store, resources, readers).load(location);
        double loadMs = (System.nanoTime() - t1) / 1e6;
        if (run > 0) { // run 0 warms up
          read.add(readMs);
          load.add(loadMs);
        }
      } finally {
        FileSystemUtils.deleteRecursively(dir);
      }
    }
    System.out.printf(
        Locale.ROOT,
        "sample %s: %d features, %d runs after 1 warm-up, load average %.1f%n",
        location,
        features,
        runs,
        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    System.out.printf(
        Locale.ROOT, "%-40s %10s %10s %10s%n", "phase", "median ms", "min ms", "max ms");
    row("read + check (import pipeline)", read);
    row("cold load into H2GIS (read, check, write)", load);
  }

  private static void row(String name, List<Double> ms) {
    List<Double> sorted = ms.stream().sorted().toList();
    System.out.printf(
        Locale.ROOT,
        "%-40s %10.0f %10.0f %10.0f%n",
        name,
        sorted.get(sorted.size() / 2),
        sorted.get(0),
        sorted.get(sorted.size() - 1));
  }
}
