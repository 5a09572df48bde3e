package cn.chegu.viewer.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientException;
import java.util.stream.Collectors;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * Classifies failures for {@link ApiErrorHandler}: the database gone or busy, unreadable bodies.
 */
final class StoreUnavailable {

  private StoreUnavailable() {}

  /**
   * Whether {@code e} (or a cause) says the database cannot be reached or is busy right now (a lost
   * connection, a pool timeout, a lock timeout, a server shutting down): 503, not 500.
   */
  static boolean is(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof DataAccessResourceFailureException
          || t instanceof TransientDataAccessException
          || t instanceof SQLTransientException
          || t instanceof SQLNonTransientConnectionException) {
        return true;
      }
      if (t instanceof SQLException sql && sql.getSQLState() != null) {
        String state = sql.getSQLState();
        // 08 connection exception, 53 insufficient resources, 57 operator intervention
        if (state.startsWith("08") || state.startsWith("53") || state.startsWith("57")) {
          return true;
        }
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }

  static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getClass().getSimpleName() + ": " + t.getMessage();
  }

  /** A message naming the field of a body that could not be read, without Java class names. */
  static String unreadableBody(HttpMessageNotReadableException e) {
    if (e.getCause() instanceof JsonMappingException m && !m.getPath().isEmpty()) {
      String field =
          m.getPath().stream()
              .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
              .collect(Collectors.joining("."))
              .replace(".[", "[");
      if (m instanceof JsonInputRules.NulInTextException) {
        return field + ": must not contain NUL (U+0000) characters";
      }
      if (m instanceof MismatchedInputException mi && mi.getTargetType() != null) {
        return field + ": expected " + expected(mi.getTargetType());
      }
      return field + ": wrong type or value";
    }
    return "the request body is not readable JSON";
  }

  private static String expected(Class<?> type) {
    if (type == String.class) {
      return "a JSON string";
    }
    if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
      return "a number";
    }
    if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "an array";
    }
    return "an object";
  }
}
