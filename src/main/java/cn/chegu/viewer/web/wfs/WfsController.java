package cn.chegu.viewer.web.wfs;

import cn.chegu.viewer.wfs.WfsException;
import cn.chegu.viewer.wfs.WfsFeatures;
import cn.chegu.viewer.wfs.WfsRequest;
import cn.chegu.viewer.wfs.WfsService;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** {@code GET /wfs?SERVICE=WFS&REQUEST=…}: parse, answer, or an exception report. */
@RestController
class WfsController {

  private final WfsService wfs;

  WfsController(WfsService wfs) {
    this.wfs = wfs;
  }

  @GetMapping("/wfs")
  ResponseEntity<byte[]> wfs(@RequestParam Map<String, String> params) {
    String endpoint =
        ServletUriComponentsBuilder.fromCurrentContextPath().path("/wfs").toUriString();
    WfsService.Answer a = wfs.answer(new WfsRequest(params), endpoint);
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(a.contentType()))
        .body(a.body());
  }

  @ExceptionHandler(WfsException.class)
  ResponseEntity<byte[]> refused(WfsException e) {
    return ResponseEntity.status(e.status())
        .contentType(MediaType.APPLICATION_XML)
        .body(WfsFeatures.exceptionReport(e));
  }
}
