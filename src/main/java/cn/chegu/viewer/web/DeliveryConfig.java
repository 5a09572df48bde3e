package cn.chegu.viewer.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * Delivery of layers and OGC answers: an ETag (a hash of the body) on every GET of {@code
 * /api/layers/**} and {@code /ogc/**}, so a browser or client that sends {@code If-None-Match} with
 * an unchanged answer gets 304 and no body. The ETag is weak because the server gzips the body
 * afterwards (compression: {@code server.compression} in application.yml). It saves transfer, not
 * work: the answer is still computed to be hashed.
 */
@Configuration
class DeliveryConfig {

  @Bean
  FilterRegistrationBean<ShallowEtagHeaderFilter> layerEtags() {
    ShallowEtagHeaderFilter filter = new ShallowEtagHeaderFilter();
    filter.setWriteWeakETag(true);
    FilterRegistrationBean<ShallowEtagHeaderFilter> bean = new FilterRegistrationBean<>(filter);
    bean.addUrlPatterns("/api/layers/*", "/ogc/*");
    return bean;
  }
}
