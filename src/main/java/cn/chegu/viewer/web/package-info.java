/**
 * HTTP at the edge: REST controllers (package-private, one method = parse, call one service, map
 * the result), security, and the single {@link cn.chegu.viewer.web.ApiErrorHandler} that turns
 * precise exceptions into JSON problems {@code {status, error, message}}.
 *
 * <p>Terms: a <em>bbox</em> is {@code minLon,minLat,maxLon,maxLat} in WGS84 degrees; a
 * <em>limit</em> caps how many items a response holds.
 */
package cn.chegu.viewer.web;
