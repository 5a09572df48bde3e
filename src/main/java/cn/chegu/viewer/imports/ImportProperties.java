package cn.chegu.viewer.imports;

import cn.chegu.viewer.io.ImportFiles;
import cn.chegu.viewer.io.ReadLimits;
import cn.chegu.viewer.io.SafeArchive;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of imports ({@code chegu.imports.*}); the upload size itself is {@code
 * spring.servlet.multipart.max-file-size}.
 *
 * @param maxZipEntries entries a zip may hold
 * @param maxUnzippedMegabytes total size a zip may inflate to
 * @param maxZipRatio inflated size / zip size above which a zip is refused as a bomb
 * @param nearZoneKilometres how far from the zone's bounding box a feature may lie
 * @param maxFeatures features (rows, records) one file may hold, counted while it is read
 * @param maxVertices vertices of one file's geometries together, counted while it is read
 * @param timeoutSeconds how long one import may read, check and write before it is stopped
 */
@ConfigurationProperties("chegu.imports")
public record ImportProperties(
    @DefaultValue("1000") int maxZipEntries,
    @DefaultValue("512") long maxUnzippedMegabytes,
    @DefaultValue("200") double maxZipRatio,
    @DefaultValue("20") double nearZoneKilometres,
    @DefaultValue("200000") long maxFeatures,
    @DefaultValue("5000000") long maxVertices,
    @DefaultValue("120") long timeoutSeconds) {

  /** The counts one import's reading is held to. */
  public ReadLimits readLimits() {
    return new ReadLimits(maxFeatures, maxVertices);
  }

  /** The readers, with these zip limits. */
  public ImportFiles readers() {
    return new ImportFiles(new SafeArchive(maxZipEntries, maxUnzippedMegabytes << 20, maxZipRatio));
  }

  /** The time one import may take. */
  public Duration timeout() {
    return Duration.ofSeconds(timeoutSeconds);
  }
}
