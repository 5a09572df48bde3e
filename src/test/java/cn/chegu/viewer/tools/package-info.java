/**
 * What the tests need from the machine: {@link cn.chegu.viewer.tools.RequiresTool} names the tools
 * (GDAL, Chromium, pdftotext, owslib, PostGIS, …) and {@link
 * cn.chegu.viewer.tools.RequiredToolCondition} skips a test without them — or fails it under {@code
 * CI=true}.
 */
package cn.chegu.viewer.tools;
