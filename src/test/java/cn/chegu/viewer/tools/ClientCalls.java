package cn.chegu.viewer.tools;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * What the real-client tests (OGC API, WFS, QGIS) share: a JSON GET against the app on its random
 * port, and running a client command that must succeed.
 */
public final class ClientCalls {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private ClientCalls() {}

  /** GET {@code url}: must answer 200; its body as JSON. */
  public static JsonNode getJson(String url) throws IOException, InterruptedException {
    HttpResponse<String> r =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(url).isEqualTo(200);
    return JSON.readTree(r.body());
  }

  /** Runs a command (stderr merged): must finish within 10 minutes with exit 0; its output. */
  public static String run(List<String> command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(600, TimeUnit.SECONDS)).as(command + " finished").isTrue();
    assertThat(p.exitValue()).as(command + ": " + out).isZero();
    return out;
  }
}
