package cn.chegu.viewer.qgis;

import java.util.List;
import org.locationtech.jts.geom.Envelope;

/**
 * What the project shows and how its layers reach the data.
 *
 * @param title the project's title
 * @param extent the view's extent, CRS84
 * @param baseUrl absolute URL of the application, e.g. {@code http://planning.example/chegu}
 * @param wfs whether layers use our WFS ({@code /wfs}) instead of OGC API – Features ({@code /ogc})
 * @param layers top first, as QGIS's layer panel lists them
 */
public record QgisView(
    String title, Envelope extent, String baseUrl, boolean wfs, List<ProjectLayer> layers) {

  public QgisView {
    layers = List.copyOf(layers);
  }
}
