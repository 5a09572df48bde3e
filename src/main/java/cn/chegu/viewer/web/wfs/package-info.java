/** The WFS 2.0 endpoint {@code /wfs} on the wire: KVP GET in, XML or GeoJSON out. */
package cn.chegu.viewer.web.wfs;
