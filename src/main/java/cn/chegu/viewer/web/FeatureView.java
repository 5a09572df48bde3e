package cn.chegu.viewer.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.media.Schema;
import org.locationtech.jts.geom.Geometry;

/**
 * One GeoJSON Feature (RFC 7946) with typed properties, so the OpenAPI document lists them.
 *
 * @param type always {@code Feature}
 * @param id the feature's id
 * @param geometry the geometry in WGS84 longitude/latitude, exterior rings counter-clockwise
 * @param properties what the feature says; a map of properties keeps its null values
 */
record FeatureView<P>(
    @Schema(allowableValues = "Feature") String type,
    String id,
    @Schema(type = "object", description = "GeoJSON geometry (RFC 7946), WGS84 longitude/latitude")
        JsonNode geometry,
    @JsonInclude(content = JsonInclude.Include.ALWAYS) P properties) {

  static <P> FeatureView<P> of(String id, Geometry lonLat, P properties) {
    return new FeatureView<>("Feature", id, GeoJsonFeatures.geometry(lonLat), properties);
  }
}
