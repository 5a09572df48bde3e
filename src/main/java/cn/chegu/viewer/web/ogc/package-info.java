/**
 * OGC API – Features on the wire under {@code /ogc}: landing page, conformance, the OpenAPI
 * document, collections, items, queryables; GeoJSON ({@code application/geo+json}) or HTML chosen
 * by {@code f=json|html} or, without {@code f}, by the {@code Accept} header. The service model
 * lives in {@link cn.chegu.viewer.ogc}; errors are OGC exception documents {@code {code,
 * description}} written by {@link cn.chegu.viewer.web.ApiErrorHandler}.
 */
package cn.chegu.viewer.web.ogc;
