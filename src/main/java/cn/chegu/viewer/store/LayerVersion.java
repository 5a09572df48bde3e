package cn.chegu.viewer.store;

import java.time.Instant;

/**
 * One version of a layer: what an import (or the sample load, version 1, or a restore) wrote.
 *
 * @param who the account that imported it ({@code sample} for the sample data)
 * @param file the file name it came from (the sample: {@code gis-data})
 * @param sha256 of that file (the sample: the dataset checksum)
 * @param features how many features the layer had after it
 * @param note e.g. {@code restored from version 1}, or null
 */
public record LayerVersion(
    String layerId,
    int version,
    String who,
    Instant when,
    String file,
    String sha256,
    int features,
    String note) {}
