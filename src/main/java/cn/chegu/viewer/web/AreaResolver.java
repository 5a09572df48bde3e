package cn.chegu.viewer.web;

import cn.chegu.viewer.area.Area;
import cn.chegu.viewer.area.AreaScope;
import cn.chegu.viewer.area.UnknownAreaException;
import cn.chegu.viewer.store.FeatureStore;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The one reader of the {@code area=} request parameter, for every {@code /api}, {@code /ogc} and
 * {@code /wfs} endpoint: absent or empty = the default area; an id the store does not hold = 404
 * (through {@link ApiErrorHandler}, before the handler runs, so nothing is computed or written).
 * The resolved area is bound with {@link AreaScope} for the request and unbound after it.
 */
@Configuration
class AreaResolver implements HandlerInterceptor, WebMvcConfigurer {

  /** The request parameter naming the area. */
  static final String PARAMETER = "area";

  private final FeatureStore store;

  AreaResolver(FeatureStore store) {
    this.store = store;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(this).addPathPatterns("/api/**", "/ogc/**", "/ogc", "/wfs");
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object h) {
    AreaScope.clear();
    String id = request.getParameter(PARAMETER);
    if (id != null && !id.isBlank()) {
      AreaScope.bind(resolve(id.trim()));
    }
    return true;
  }

  @Override
  public void afterCompletion(
      HttpServletRequest request, HttpServletResponse response, Object h, Exception e) {
    AreaScope.clear();
  }

  /**
   * The area with this id.
   *
   * @throws UnknownAreaException when there is none
   */
  Area resolve(String id) {
    Area a = store.area(id).orElse(null);
    if (a == null) {
      throw new UnknownAreaException(id);
    }
    return a;
  }
}
