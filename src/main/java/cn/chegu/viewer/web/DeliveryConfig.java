package cn.chegu.viewer.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * How answers may be cached (no blanket {@code no-store}):
 *
 * <ul>
 *   <li>Webjars carry their version in the path ({@code /webjars/leaflet/1.9.4/…}): cached for a
 *       year, {@code immutable}.
 *   <li>The app's own modules and CSS as the page loads them, under {@code /v/<version>/} ({@link
 *       AssetVersion}: a hash of every web file, so a change anywhere is a new name): cached for a
 *       year, {@code immutable}. Modules import each other by relative path, so the prefix carries
 *       over to every import.
 *   <li>index.html ({@link IndexController}) and the same files under their plain names: {@code
 *       no-cache}, i.e. stored but revalidated, a 304 when unchanged.
 *   <li>GET answers under {@code /api/} and {@code /ogc/}: {@code no-cache} plus a weak ETag (a
 *       hash of the body), so a client with an unchanged answer gets 304 and no body. The ETag is
 *       weak because the server gzips the body afterwards. It saves transfer, not work.
 *   <li>The account answer ({@code /api/me}) and every write keep Spring Security's {@code
 *       no-store}.
 * </ul>
 */
@Configuration
class DeliveryConfig implements WebMvcConfigurer {

  /** Versioned third-party assets may be kept this long. */
  static final Duration WEBJAR_MAX_AGE = Duration.ofDays(365);

  private final AssetVersion assets;

  DeliveryConfig(AssetVersion assets) {
    this.assets = assets;
  }

  @Override
  public void addResourceHandlers(ResourceHandlerRegistry registry) {
    registry
        .addResourceHandler(assets.prefix() + "**")
        .addResourceLocations("classpath:/static/")
        .setCacheControl(CacheControl.maxAge(WEBJAR_MAX_AGE).cachePublic().immutable());
    registry
        .addResourceHandler("/webjars/**")
        .addResourceLocations("classpath:/META-INF/resources/webjars/")
        .setCacheControl(CacheControl.maxAge(WEBJAR_MAX_AGE).cachePublic().immutable());
    registry
        .addResourceHandler("/**")
        .addResourceLocations("classpath:/static/")
        .setCacheControl(CacheControl.noCache());
  }

  @Bean
  FilterRegistrationBean<ShallowEtagHeaderFilter> answerEtags() {
    ShallowEtagHeaderFilter filter = new ShallowEtagHeaderFilter();
    filter.setWriteWeakETag(true);
    FilterRegistrationBean<ShallowEtagHeaderFilter> bean = new FilterRegistrationBean<>(filter);
    bean.addUrlPatterns("/api/*", "/ogc/*");
    return bean;
  }

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> revalidateAnswers() {
    FilterRegistrationBean<OncePerRequestFilter> bean =
        new FilterRegistrationBean<>(new RevalidateFilter());
    bean.addUrlPatterns("/api/*", "/ogc/*");
    bean.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return bean;
  }

  /**
   * Marks GET answers {@code no-cache} before the chain runs; Spring Security then leaves the
   * header alone (it only fills in {@code no-store} where none is set).
   */
  static final class RevalidateFilter extends OncePerRequestFilter {
    @Override
    protected void doFilterInternal(
        HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      String method = request.getMethod();
      if (("GET".equals(method) || "HEAD".equals(method))
          && !request.getRequestURI().equals("/api/me")) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noCache().getHeaderValue());
      }
      chain.doFilter(request, response);
    }
  }
}
