package cn.chegu.viewer.io;

import cn.chegu.viewer.transit.FeedLayer;
import cn.chegu.viewer.transit.GtfsReader;
import cn.chegu.viewer.transit.InvalidFeedException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A GTFS zip as features of the {@code transit} layer ({@link FeedLayer}): read and checked by
 * {@link GtfsReader}; a broken feed is an {@link InvalidImportFileException} naming file and line.
 */
final class GtfsSource {

  private GtfsSource() {}

  /** Whether unpacked files are a GTFS feed. */
  static boolean isGtfs(List<Path> files) {
    return GtfsReader.looksLikeGtfs(
        files.stream().map(p -> p.getFileName().toString()).collect(Collectors.toSet()));
  }

  static SourceLayer read(List<Path> files, String fileName) {
    Map<String, byte[]> content = new LinkedHashMap<>();
    try {
      for (Path p : files) {
        String name = p.getFileName().toString();
        if (name.endsWith(".txt")) {
          content.put(name, Files.readAllBytes(p));
        }
      }
    } catch (IOException e) {
      throw new InvalidImportFileException(fileName + ": cannot read", e);
    }
    List<FeedLayer.Feature> features;
    try {
      features = FeedLayer.toFeatures(GtfsReader.read(content), "");
    } catch (InvalidFeedException e) {
      throw new InvalidImportFileException(fileName + ": " + e.getMessage());
    }
    List<SourceFeature> out = new ArrayList<>();
    for (int i = 0; i < features.size(); i++) {
      FeedLayer.Feature f = features.get(i);
      out.add(new SourceFeature(i + 1, f.id(), f.geometry(), f.properties()));
    }
    return new SourceLayer(fileName, "GTFS", Crs.WGS84, out, List.of());
  }
}
