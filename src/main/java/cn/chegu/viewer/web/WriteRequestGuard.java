package cn.chegu.viewer.web;

import cn.chegu.viewer.io.Crs;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.core.MethodParameter;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * "Nothing written unless acknowledged": a change (any POST, PUT, PATCH or DELETE not marked {@link
 * ComputesOnly}) has its whole answer decided <em>before</em> it runs, so a request that will be
 * refused is refused before anything is written. A change answers JSON only, so
 *
 * <ul>
 *   <li>{@code format=} other than {@code json} (query string or form field) is 400;
 *   <li>an {@code Accept} header that admits no JSON is 406;
 *   <li>{@code crs=} is 400 unless the change takes it itself (an import's source CRS), or it is
 *       valid and names longitude/latitude (EPSG:4326), which is what a change takes and answers.
 * </ul>
 *
 * The request is then marked so that {@link ExportMessageConverter} never turns the answer into a
 * file after the write (the bug this closes: the converter refused only after the commit).
 */
final class WriteRequestGuard implements HandlerInterceptor {

  /** Request attribute: this answer is JSON, whatever the parameters say. */
  static final String JSON_ONLY = WriteRequestGuard.class.getName() + ".jsonOnly";

  private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
      throws HttpMediaTypeNotAcceptableException {
    if (!isChange(request, handler)) {
      return true;
    }
    HandlerMethod method = (HandlerMethod) handler;
    for (String format : values(request, "format")) {
      if (!format.isBlank() && !format.trim().equalsIgnoreCase("json")) {
        throw new InvalidParameterException(
            "format",
            "a change answers JSON only, got '"
                + format
                + "'; nothing was changed. Export afterwards with GET, e.g."
                + " /api/layers/{id}/features?format="
                + format.trim().toLowerCase(Locale.ROOT));
      }
    }
    if (!takes(method, "crs")) {
      for (String crs : values(request, "crs")) {
        if (!crs.isBlank() && !Crs.parse(crs).equals(Crs.WGS84)) {
          throw new InvalidParameterException(
              "crs",
              "this change takes and answers longitude/latitude (EPSG:4326) only, got '"
                  + crs
                  + "'; nothing was changed");
        }
      }
    }
    List<MediaType> accepted;
    try {
      accepted = MediaType.parseMediaTypes(Collections.list(request.getHeaders("Accept")));
    } catch (InvalidMediaTypeException e) {
      throw new HttpMediaTypeNotAcceptableException("Accept: " + e.getMessage());
    }
    if (!accepted.isEmpty()
        && accepted.stream().noneMatch(m -> m.isCompatibleWith(MediaType.APPLICATION_JSON))) {
      throw new HttpMediaTypeNotAcceptableException(List.of(MediaType.APPLICATION_JSON));
    }
    request.setAttribute(JSON_ONLY, Boolean.TRUE);
    return true;
  }

  /** Whether this request runs a change (a handler method that is not {@link ComputesOnly}). */
  static boolean isChange(HttpServletRequest request, Object handler) {
    return !SAFE.contains(request.getMethod())
        && handler instanceof HandlerMethod m
        && !m.hasMethodAnnotation(ComputesOnly.class);
  }

  private static boolean takes(HandlerMethod method, String name) {
    for (MethodParameter p : method.getMethodParameters()) {
      RequestParam param = p.getParameterAnnotation(RequestParam.class);
      if (param != null && name.equals(param.name().isEmpty() ? param.value() : param.name())) {
        return true;
      }
    }
    return false;
  }

  /** Every value of a parameter, from the query string and any form fields. */
  private static List<String> values(HttpServletRequest request, String name) {
    String[] v = request.getParameterValues(name);
    return v == null ? List.of() : Arrays.asList(v);
  }
}
