package cn.chegu.viewer.web;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpStatus;

/**
 * Tomcat's last word on a request it refused before the application saw it (an encoded {@code /},
 * {@code \} or NUL in the path, a malformed request line): the API's JSON problem {@code {status,
 * error, message}} instead of Tomcat's HTML page. Installed on the host by {@link TomcatErrors}.
 */
public class JsonErrorReportValve extends ErrorReportValve {

  @Override
  protected void report(Request request, Response response, Throwable throwable) {
    int status = response.getStatus();
    if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
      return;
    }
    AtomicBoolean ioAllowed = new AtomicBoolean(true);
    response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
    if (!ioAllowed.get()) {
      return;
    }
    HttpStatus known = HttpStatus.resolve(status);
    String error = known == null ? "Error" : known.getReasonPhrase();
    String message =
        status == 400
            ? "the request is malformed (e.g. an encoded '/', '\\\\' or NUL in the path, or a bad"
                + " escape)"
            : status >= 500 ? "internal error" : error;
    try {
      response.setContentType("application/json");
      response.setCharacterEncoding("utf-8");
      Writer writer = response.getReporter();
      if (writer != null) {
        writer.write(
            "{\"status\":"
                + status
                + ",\"error\":\""
                + error
                + "\",\"message\":\""
                + message
                + "\"}");
        response.finishResponse();
      }
    } catch (IOException | IllegalStateException e) {
      // the client is gone or the response is done: nothing more to say
    }
  }
}
