package cn.chegu.viewer.qgis;

/**
 * One layer of the project: a collection of our service.
 *
 * @param collectionId the OGC collection id (WFS type {@code chegu:<id>})
 * @param name the layer's name in the chosen language
 * @param geometryType the collection's OGC geometry type
 * @param visible whether it is switched on
 * @param renderer its symbology
 * @param labelField the property it is labelled with, or null
 */
public record ProjectLayer(
    String collectionId,
    String name,
    String geometryType,
    boolean visible,
    Renderer renderer,
    String labelField) {}
