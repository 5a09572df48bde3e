/**
 * The Spring edge of the engines: prepares the store's layers for {@code network}, {@code coverage}
 * and {@code siting}, and caches what is worth caching.
 *
 * <dl>
 *   <dt>analysis data
 *   <dd>one immutable snapshot of the store in metres (UTM 50N): the road graph, the baseline
 *       facilities as service points, the demand cells of each population year, the zone outline.
 *   <dt>population year
 *   <dd>{@code 2020} (census-calibrated, property {@code residents}) or {@code 2025} (the plan's
 *       target of about one million, property {@code residents_2025}); both modelled.
 *   <dt>standard catalog
 *   <dd>the default service standards with the overrides of the configuration applied.
 * </dl>
 */
package cn.chegu.viewer.analysis;
