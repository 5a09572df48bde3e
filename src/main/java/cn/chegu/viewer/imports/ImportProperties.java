package cn.chegu.viewer.imports;

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
 */
@ConfigurationProperties("chegu.imports")
public record ImportProperties(
    @DefaultValue("1000") int maxZipEntries,
    @DefaultValue("2048") long maxUnzippedMegabytes,
    @DefaultValue("200") double maxZipRatio,
    @DefaultValue("20") double nearZoneKilometres) {}
