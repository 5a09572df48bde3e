package cn.chegu.viewer.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The version of the app's own files ({@code web/}, packaged as {@code classpath:/static/}): the
 * first 12 hex digits of a SHA-256 over every file's path and content. The page loads its modules
 * and CSS under {@code /v/<version>/…}; since modules import each other by relative path, one
 * prefix versions all of them, and any changed file changes the prefix. So these URLs can be cached
 * for a year as immutable while index.html itself is revalidated.
 */
@Component
class AssetVersion {

  static final String PREFIX = "/v/";

  private final String version;

  AssetVersion() {
    this.version = compute();
  }

  String version() {
    return version;
  }

  /** The URL path prefix of this version, e.g. {@code /v/0123456789ab/}. */
  String prefix() {
    return PREFIX + version + "/";
  }

  private static String compute() {
    try {
      Resource[] files =
          new PathMatchingResourcePatternResolver().getResources("classpath*:/static/**/*.*");
      Arrays.sort(files, Comparator.comparing(AssetVersion::name));
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (Resource f : files) {
        if (!f.isReadable()) {
          continue;
        }
        String name = name(f);
        sha.update(
            name.substring(name.lastIndexOf("/static/") + 1).getBytes(StandardCharsets.UTF_8));
        try (InputStream in = f.getInputStream()) {
          sha.update(in.readAllBytes());
        }
      }
      return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
    } catch (IOException e) {
      throw new UncheckedIOException("the web assets could not be read", e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String name(Resource r) {
    try {
      return r.getURL().toString();
    } catch (IOException e) {
      return String.valueOf(r.getFilename());
    }
  }
}
