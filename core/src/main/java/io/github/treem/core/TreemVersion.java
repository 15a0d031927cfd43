package io.github.treem.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.apiguardian.api.API;

/**
 * The version of the treem library, as recorded in every report's manifest.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class TreemVersion {
  private static final String VERSION = load();

  private TreemVersion() {}

  /** {@return the version of treem on the class path, e.g. {@code 0.1.0-SNAPSHOT}} */
  public static String current() {
    return VERSION;
  }

  private static String load() {
    try (InputStream in = TreemVersion.class.getResourceAsStream("treem-version.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version", "unknown");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
