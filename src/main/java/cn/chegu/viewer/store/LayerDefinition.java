package cn.chegu.viewer.store;

/**
 * What the manifest says about a layer (everything except what is computed from its features).
 *
 * @param group one of boundaries, layout, parks, transport, water, roads, facilities, population
 * @param origin where the data comes from (plan clause, reference points, modelled ...)
 */
public record LayerDefinition(
    String id,
    String title,
    String titleZh,
    String group,
    String origin,
    String licence,
    boolean schematic,
    boolean modelled,
    String notes) {}
