package cn.chegu.viewer.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Puts the {@link ExportMessageConverter} first, so {@code format=} works on every endpoint that
 * reads, and the {@link WriteRequestGuard} before every change, so a change's answer is decided
 * before it writes.
 */
@Configuration
class ExportConfig implements WebMvcConfigurer {

  private final ObjectMapper json;

  ExportConfig(ObjectMapper json) {
    this.json = json;
  }

  @Override
  public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
    converters.add(0, new ExportMessageConverter(json));
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(new WriteRequestGuard());
  }
}
