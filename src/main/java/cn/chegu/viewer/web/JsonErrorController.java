package cn.chegu.viewer.web;

import cn.chegu.viewer.web.ApiErrorHandler.ApiError;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /error}, where the servlet container forwards failures that never reached a controller:
 * the same JSON problem as {@link ApiErrorHandler}. Asked for directly (no failure to report) it is
 * simply not a resource: 404, never Spring Boot's "status 999".
 */
@RestController
class JsonErrorController implements ErrorController {

  @RequestMapping("/error")
  ResponseEntity<ApiError> error(HttpServletRequest request) {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    HttpStatus status =
        code instanceof Integer c && HttpStatus.resolve(c) != null
            ? HttpStatus.valueOf(c)
            : HttpStatus.NOT_FOUND;
    if (code == null) {
      return ResponseEntity.status(status).body(new ApiError(404, "Not Found", "no such resource"));
    }
    String message =
        status.is5xxServerError()
            ? "internal error"
            : status == HttpStatus.NOT_FOUND ? "no such resource" : status.getReasonPhrase();
    return ResponseEntity.status(status)
        .body(new ApiError(status.value(), status.getReasonPhrase(), message));
  }
}
