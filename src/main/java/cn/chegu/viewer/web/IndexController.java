package cn.chegu.viewer.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The page, with its own module and stylesheet under the assets' version prefix ({@link
 * AssetVersion}): {@code js/main.js} → {@code /v/<version>/js/main.js}. The page is revalidated
 * ({@code no-cache}); what it names may be kept for a year.
 */
@Controller
class IndexController {

  private final String page;

  IndexController(AssetVersion version) throws IOException {
    try (InputStream in = new ClassPathResource("static/index.html").getInputStream()) {
      String html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      this.page =
          html.replace("src=\"js/", "src=\"" + version.prefix() + "js/")
              .replace("href=\"css/", "href=\"" + version.prefix() + "css/");
    }
  }

  @GetMapping({"/", "/index.html"})
  ResponseEntity<String> index() {
    return ResponseEntity.ok()
        .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
        .cacheControl(CacheControl.noCache())
        .body(page);
  }
}
