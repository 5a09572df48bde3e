package cn.chegu.viewer.tools;

import cn.chegu.viewer.report.CjkFont;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * A tool some tests need, how to find out whether it is there, and what installs it. Each probe
 * answers null when the tool is there, else what is missing.
 */
public enum Tool {
  /** GDAL's command-line clients (also a real OGC API – Features client). */
  GDAL("gdal-bin", () -> onPath("ogr2ogr", "ogrinfo", "gdaltransform")),
  /** Headless Chromium and its WebDriver, at the Debian paths the browser test uses. */
  CHROMIUM(
      "chromium chromium-driver",
      () -> executable(Path.of("/usr/bin/chromium"), Path.of("/usr/bin/chromedriver"))),
  /** {@code pdftotext}, to read back the text of generated PDFs. */
  PDFTOTEXT("poppler-utils", () -> onPath("pdftotext")),
  /** Python's OGC API client. */
  OWSLIB("python3-owslib", () -> owslib("import owslib.ogcapi.features")),
  /** Python's WFS 2.0 client (the same package as {@link #OWSLIB}). */
  OWSLIB_WFS("python3-owslib", () -> owslib("import owslib.wfs")),
  /** QGIS's Python API (PyQGIS), run headless by Debian's python3 to open exported projects. */
  QGIS("qgis python3-qgis", () -> debianPython("import qgis.core")),
  /** A CJK font the PDF report can embed. */
  CJK_FONT(
      "fonts-noto-cjk",
      () -> new CjkFont(null).available() ? null : "no CJK font (chegu.report.font)"),
  /** The test PostGIS ({@code CHEGU_TEST_PG_URL}), reachable. */
  POSTGIS("postgresql-15-postgis-3, started by scripts/postgis-local.sh", Tool::testDatabase),
  /** PostgreSQL server binaries (initdb, pg_ctl) and the PostGIS extension, to run a server. */
  POSTGRES_SERVER("postgresql postgresql-15-postgis-3", Tool::serverBinaries);

  /** The test PostGIS unless {@code CHEGU_TEST_PG_URL} says otherwise. */
  public static final String DEFAULT_PG_URL = "jdbc:postgresql://127.0.0.1:55432/chegu_test";

  private final String installedBy;
  private final Supplier<String> probe;
  private volatile String missing;
  private volatile boolean probed;

  Tool(String installedBy, Supplier<String> probe) {
    this.installedBy = installedBy;
    this.probe = probe;
  }

  /** Why the tool is not usable here, or null when it is (probed once per run). */
  public String missing() {
    if (!probed) {
      synchronized (this) {
        if (!probed) {
          missing = probe.get();
          probed = true;
        }
      }
    }
    return missing;
  }

  /** The Debian packages (or step) that provide it. */
  public String installedBy() {
    return installedBy;
  }

  /** The test PostGIS's JDBC URL. */
  public static String testDatabaseUrl() {
    return System.getenv().getOrDefault("CHEGU_TEST_PG_URL", DEFAULT_PG_URL);
  }

  /** The newest {@code /usr/lib/postgresql/N/bin} holding {@code initdb}, or null. */
  public static Path serverBinDirectory() {
    Path base = Path.of("/usr/lib/postgresql");
    if (!Files.isDirectory(base)) {
      return null;
    }
    try (Stream<Path> versions = Files.list(base)) {
      return versions
          .filter(v -> v.getFileName().toString().matches("\\d+"))
          .sorted((a, b) -> major(b) - major(a))
          .map(v -> v.resolve("bin"))
          .filter(b -> Files.isExecutable(b.resolve("initdb")))
          .findFirst()
          .orElse(null);
    } catch (IOException e) {
      return null;
    }
  }

  private static int major(Path version) {
    return Integer.parseInt(version.getFileName().toString());
  }

  private static String serverBinaries() {
    if (serverBinDirectory() == null) {
      return "no PostgreSQL server binaries (initdb) under /usr/lib/postgresql";
    }
    try (Stream<Path> files = Files.walk(Path.of("/usr/share/postgresql"), 3)) {
      return files.anyMatch(p -> p.getFileName().toString().equals("postgis.control"))
          ? null
          : "no PostGIS extension (postgis.control) under /usr/share/postgresql";
    } catch (IOException e) {
      return "no /usr/share/postgresql: " + e.getMessage();
    }
  }

  private static String testDatabase() {
    String url = testDatabaseUrl();
    try (Connection ignored = DriverManager.getConnection(url, "postgres", "")) {
      return null;
    } catch (SQLException e) {
      return "PostGIS not reachable at " + url + ": " + e.getMessage();
    }
  }

  private static String onPath(String... commands) {
    List<String> dirs =
        List.of(System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator));
    for (String command : commands) {
      if (dirs.stream().noneMatch(d -> Files.isExecutable(Path.of(d, command)))) {
        return command + " is not on the PATH";
      }
    }
    return null;
  }

  private static String executable(Path... files) {
    for (Path f : files) {
      if (!Files.isExecutable(f)) {
        return f + " is not installed";
      }
    }
    return null;
  }

  /** Debian's {@code /usr/bin/python3}, where python3-qgis installs (not a pyenv shim). */
  public static final String DEBIAN_PYTHON = "/usr/bin/python3";

  /**
   * The Python that has OWSLib: Debian's {@code /usr/bin/python3} (where {@code python3-owslib}
   * installs) when it can import it, else the {@code python3} on the PATH (a virtualenv or pyenv).
   */
  public static String owslibPython() {
    return debianPython("import owslib") == null ? DEBIAN_PYTHON : "python3";
  }

  private static String owslib(String statement) {
    return debianPython(statement) == null ? null : python(statement);
  }

  private static String debianPython(String statement) {
    if (!Files.isExecutable(Path.of(DEBIAN_PYTHON))) {
      return DEBIAN_PYTHON + " is missing";
    }
    try {
      Process p =
          new ProcessBuilder(DEBIAN_PYTHON, "-c", statement).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes());
      if (!p.waitFor(120, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return DEBIAN_PYTHON + " -c '" + statement + "' did not finish in 120 s";
      }
      return p.exitValue() == 0
          ? null
          : DEBIAN_PYTHON + " -c '" + statement + "' failed: " + out.strip();
    } catch (IOException e) {
      return DEBIAN_PYTHON + " did not start: " + e.getMessage();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "interrupted while probing " + DEBIAN_PYTHON;
    }
  }

  private static String python(String statement) {
    String missingPython = onPath("python3");
    if (missingPython != null) {
      return missingPython;
    }
    try {
      Process p = new ProcessBuilder("python3", "-c", statement).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes());
      if (!p.waitFor(60, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return "python3 -c '" + statement + "' did not finish in 60 s";
      }
      return p.exitValue() == 0 ? null : "python3 -c '" + statement + "' failed: " + out.strip();
    } catch (IOException e) {
      return "python3 did not start: " + e.getMessage();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "interrupted while probing python3";
    }
  }
}
