package cn.chegu.viewer.web;

import cn.chegu.viewer.analysis.OutsideZoneException;
import cn.chegu.viewer.analysis.UnknownStandardException;
import cn.chegu.viewer.analysis.UnsuitableRequestException;
import cn.chegu.viewer.analysis.UnsuitableSiteException;
import cn.chegu.viewer.area.AreaConflictException;
import cn.chegu.viewer.area.UnknownAreaException;
import cn.chegu.viewer.budget.BudgetExceededException;
import cn.chegu.viewer.imports.AreaRejectedException;
import cn.chegu.viewer.imports.ImportProblem;
import cn.chegu.viewer.imports.ImportRejectedException;
import cn.chegu.viewer.imports.InvalidImportRequestException;
import cn.chegu.viewer.io.ImportTooLargeException;
import cn.chegu.viewer.io.InvalidImportFileException;
import cn.chegu.viewer.io.UnsupportedCrsException;
import cn.chegu.viewer.ogc.OgcException;
import cn.chegu.viewer.report.ReportFontMissingException;
import cn.chegu.viewer.scenario.NotScenarioOwnerException;
import cn.chegu.viewer.scenario.ScenarioNotFoundException;
import cn.chegu.viewer.siting.InfeasibleTargetException;
import cn.chegu.viewer.store.UnknownLayerException;
import cn.chegu.viewer.store.UnknownVersionException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The one place exceptions become HTTP: precise exceptions and malformed requests give 4xx with a
 * JSON problem {@code {status, error, message}}; only genuine failures give 500 (logged, with a
 * generic message).
 */
@RestControllerAdvice
public class ApiErrorHandler {

  private static final Logger log = LoggerFactory.getLogger(ApiErrorHandler.class);

  private final org.springframework.beans.factory.ObjectProvider<
          cn.chegu.viewer.store.StorageHealth>
      storage;

  public ApiErrorHandler(
      org.springframework.beans.factory.ObjectProvider<cn.chegu.viewer.store.StorageHealth>
          storage) {
    this.storage = storage;
  }

  /** The JSON body of every error response. */
  public record ApiError(int status, String error, String message) {}

  // --- imports and exports ---

  /** An import refused: every problem, each naming the file, the feature and the field. */
  public record ImportErrors(
      int status,
      String error,
      String message,
      List<ImportProblem> errors,
      List<String> warnings) {}

  /** An area refused: every problem; nothing was created. */
  public record AreaErrors(
      int status,
      String error,
      String message,
      List<ImportProblem> problems,
      List<String> warnings) {}

  @ExceptionHandler(AreaRejectedException.class)
  ResponseEntity<AreaErrors> areaRejected(AreaRejectedException e) {
    return ResponseEntity.unprocessableEntity()
        .body(
            new AreaErrors(422, "Unprocessable Entity", e.getMessage(), e.errors(), e.warnings()));
  }

  @ExceptionHandler(ImportRejectedException.class)
  ResponseEntity<ImportErrors> importRejected(ImportRejectedException e) {
    return ResponseEntity.unprocessableEntity()
        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
        .body(
            new ImportErrors(
                422, "Unprocessable Entity", e.getMessage(), e.errors(), e.warnings()));
  }

  @ExceptionHandler(ImportTooLargeException.class)
  ResponseEntity<ImportErrors> importTooLarge(ImportTooLargeException e) {
    return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
        .body(
            new ImportErrors(
                413,
                "Content Too Large",
                e.getMessage(),
                List.of(new ImportProblem(null, "file", null, e.getMessage())),
                List.of()));
  }

  /** Work stopped at its budget (an import's deadline, a heavy answer's budget): nothing kept. */
  @ExceptionHandler(BudgetExceededException.class)
  ResponseEntity<ApiError> budgetExceeded(BudgetExceededException e) {
    return problem(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage());
  }

  @ExceptionHandler(InvalidImportFileException.class)
  ResponseEntity<ImportErrors> unreadableImport(InvalidImportFileException e) {
    String file =
        e.getMessage().contains(":")
            ? e.getMessage().substring(0, e.getMessage().indexOf(':'))
            : null;
    return ResponseEntity.unprocessableEntity()
        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
        .body(
            new ImportErrors(
                422,
                "Unprocessable Entity",
                e.getMessage(),
                List.of(new ImportProblem(file, "file", null, e.getMessage())),
                List.of()));
  }

  @ExceptionHandler({InvalidImportRequestException.class, UnsupportedCrsException.class})
  ResponseEntity<ApiError> invalidImportRequest(RuntimeException e) {
    return problem(HttpStatus.BAD_REQUEST, e.getMessage());
  }

  @ExceptionHandler(UnknownVersionException.class)
  ResponseEntity<ApiError> unknownVersion(UnknownVersionException e) {
    return problem(HttpStatus.NOT_FOUND, e.getMessage());
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ResponseEntity<ApiError> tooLarge(MaxUploadSizeExceededException e) {
    return problem(
        HttpStatus.PAYLOAD_TOO_LARGE,
        "the file is larger than the upload limit (spring.servlet.multipart.max-file-size)");
  }

  @ExceptionHandler(MultipartException.class)
  ResponseEntity<ApiError> badMultipart(MultipartException e) {
    return problem(
        HttpStatus.BAD_REQUEST, "send the file as multipart/form-data with a 'file' part");
  }

  // --- end of imports and exports ---

  @ExceptionHandler(UnknownAreaException.class)
  ResponseEntity<ApiError> unknownArea(UnknownAreaException e) {
    return problem(HttpStatus.NOT_FOUND, e.getMessage());
  }

  @ExceptionHandler(AreaConflictException.class)
  ResponseEntity<ApiError> areaConflict(AreaConflictException e) {
    return problem(HttpStatus.CONFLICT, e.getMessage());
  }

  @ExceptionHandler(UnknownLayerException.class)
  ResponseEntity<ApiError> unknownLayer(UnknownLayerException e) {
    return problem(HttpStatus.NOT_FOUND, e.getMessage());
  }

  @ExceptionHandler({
    UnknownStandardException.class,
    ScenarioNotFoundException.class,
    cn.chegu.viewer.analysis.UnknownParkException.class
  })
  ResponseEntity<ApiError> notFoundDomain(RuntimeException e) {
    return problem(HttpStatus.NOT_FOUND, e.getMessage());
  }

  @ExceptionHandler({OutsideZoneException.class, UnsuitableRequestException.class})
  ResponseEntity<ApiError> unsuitable(RuntimeException e) {
    return problem(HttpStatus.BAD_REQUEST, e.getMessage());
  }

  @ExceptionHandler(NotScenarioOwnerException.class)
  ResponseEntity<ApiError> notOwner(NotScenarioOwnerException e) {
    return problem(HttpStatus.FORBIDDEN, e.getMessage());
  }

  /** Reports: the CJK font is not installed; says which file and package. */
  @ExceptionHandler(ReportFontMissingException.class)
  ResponseEntity<ApiError> reportFont(ReportFontMissingException e) {
    return problem(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
  }

  /**
   * A site refused by a land rule: the problem plus the rule ({@code boundary}, {@code water},
   * {@code exclusion}, {@code spacing}), the message in Chinese and which given point (0-based).
   */
  public record SiteRefusal(
      int status, String error, String message, String messageZh, String rule, int index) {}

  @ExceptionHandler(UnsuitableSiteException.class)
  ResponseEntity<SiteRefusal> unsuitableSite(UnsuitableSiteException e) {
    HttpStatus s = HttpStatus.UNPROCESSABLE_ENTITY;
    return ResponseEntity.status(s)
        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
        .body(
            new SiteRefusal(
                s.value(),
                s.getReasonPhrase(),
                e.getMessage(),
                e.messageZh(),
                e.rule(),
                e.index()));
  }

  /** The OGC service's exception document (OGC API – Features §7.5.1), not the API's problem. */
  public record OgcError(String code, String description) {}

  @ExceptionHandler(OgcException.class)
  ResponseEntity<OgcError> ogc(OgcException e) {
    return ResponseEntity.status(e.status())
        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
        .body(new OgcError(e.code(), e.description()));
  }

  @ExceptionHandler(InfeasibleTargetException.class)
  ResponseEntity<ApiError> infeasible(InfeasibleTargetException e) {
    return problem(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage());
  }

  @ExceptionHandler(MethodArgumentNotValidException.class)
  ResponseEntity<ApiError> invalidBody(MethodArgumentNotValidException e) {
    String message =
        e.getBindingResult().getFieldErrors().stream()
            .map(f -> f.getField() + ": " + f.getDefaultMessage())
            .sorted()
            .collect(java.util.stream.Collectors.joining("; "));
    return problem(HttpStatus.BAD_REQUEST, message.isEmpty() ? "invalid request body" : message);
  }

  @ExceptionHandler(InvalidParameterException.class)
  ResponseEntity<ApiError> invalidParameter(InvalidParameterException e) {
    return problem(HttpStatus.BAD_REQUEST, e.getMessage());
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  ResponseEntity<ApiError> missingParameter(MissingServletRequestParameterException e) {
    return problem(
        HttpStatus.BAD_REQUEST, e.getParameterName() + ": required parameter is missing");
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<ApiError> typeMismatch(MethodArgumentTypeMismatchException e) {
    String expected =
        e.getRequiredType() == null ? "another type" : e.getRequiredType().getSimpleName();
    return problem(
        HttpStatus.BAD_REQUEST,
        e.getName() + ": '" + e.getValue() + "' is not a valid " + expected.toLowerCase());
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
    return problem(HttpStatus.BAD_REQUEST, StoreUnavailable.unreadableBody(e));
  }

  @ExceptionHandler({NoResourceFoundException.class, NoHandlerFoundException.class})
  ResponseEntity<ApiError> notFound(Exception e) {
    return problem(HttpStatus.NOT_FOUND, "no such resource");
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  ResponseEntity<ApiError> methodNotAllowed(HttpRequestMethodNotSupportedException e) {
    return problem(HttpStatus.METHOD_NOT_ALLOWED, e.getMethod() + " is not supported here");
  }

  @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
  ResponseEntity<ApiError> notAcceptable(HttpMediaTypeNotAcceptableException e) {
    return problem(HttpStatus.NOT_ACCEPTABLE, "the API answers in JSON only");
  }

  @ExceptionHandler(Exception.class)
  public ResponseEntity<ApiError> unexpected(Exception e) throws Exception {
    if (e instanceof AccessDeniedException || e instanceof AuthenticationException) {
      throw e; // Spring Security answers these (401/403)
    }
    if (e instanceof ErrorResponse response && response.getStatusCode().value() < 500) {
      String detail = response.getBody().getDetail();
      return problem(response.getStatusCode(), detail == null ? e.getMessage() : detail);
    }
    String storageDown = storageDown();
    if (storageDown != null) {
      // a write that failed because the data directory is full or read-only (found on a real
      // full tmpfs: H2's CHECKPOINT fails with a general error, not a connection error)
      log.warn("Write failed while the storage is down: {}", storageDown);
      return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
          .header("Retry-After", "30")
          .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
          .body(
              new ApiError(
                  503,
                  "Service Unavailable",
                  "the data directory cannot be written ("
                      + storageDown
                      + "); this request was not saved — free space or make it writable, then"
                      + " retry"));
    }
    if (StoreUnavailable.is(e)) {
      log.warn("Database unavailable: {}", StoreUnavailable.rootMessage(e));
      return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
          .header("Retry-After", "5")
          .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
          .body(
              new ApiError(
                  503,
                  "Service Unavailable",
                  "the database is unavailable or busy; nothing was changed by this request —"
                      + " retry in a few seconds"));
    }
    log.error("Unexpected error", e);
    return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal error");
  }

  /** The storage health's reason while it is DOWN, else null. */
  private String storageDown() {
    cn.chegu.viewer.store.StorageHealth health = storage.getIfAvailable();
    if (health == null) {
      return null;
    }
    org.springframework.boot.actuate.health.Health h = health.health();
    return org.springframework.boot.actuate.health.Status.DOWN.equals(h.getStatus())
        ? String.valueOf(h.getDetails().get("reason"))
        : null;
  }

  private static ResponseEntity<ApiError> problem(HttpStatusCode status, String message) {
    HttpStatus known = HttpStatus.resolve(status.value());
    String error = known == null ? "Error" : known.getReasonPhrase();
    // the content type is set, not negotiated: a problem is JSON even when Accept asked for a file
    return ResponseEntity.status(status)
        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
        .body(new ApiError(status.value(), error, message));
  }
}
