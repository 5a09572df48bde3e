package cn.chegu.viewer.web.wfs;

import cn.chegu.viewer.web.PublicBaseUrl;
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

/** {@code GET /wfs?SERVICE=WFS&REQUEST=…}: parse, answer, or an exception report. */
@RestController
class WfsController {

  private final WfsService wfs;
  private final PublicBaseUrl publicBase;

  WfsController(WfsService wfs, PublicBaseUrl publicBase) {
    this.wfs = wfs;
    this.publicBase = publicBase;
  }

  @GetMapping("/wfs")
  ResponseEntity<byte[]> wfs(@RequestParam Map<String, String> params) {
    String endpoint = publicBase.at("/wfs");
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
