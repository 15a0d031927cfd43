package io.github.treem.core.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The one switch that rewrites golden files, for the tests of every module (in treem-core's test
 * jar, classifier {@code tests}).
 *
 * <p>A golden test computes its output, passes it here with the golden file's path and compares
 * what comes back with its output. Run normally, the golden file is only read. Run with {@code
 * -Dtreem.golden.update=true} ({@link #UPDATE_PROPERTY}), the output is first written to the file
 * (parent folders created), so the comparison passes and {@code git diff} shows what changed: read
 * the whole difference before committing it (CONTRIBUTING.md, "Golden files").
 *
 * <p>The names used before this class ({@code treem.updateGolden}, {@code treem.updateGoldens},
 * {@code golden.update}) are refused rather than ignored, so that a command line copied from an old
 * note fails instead of silently comparing against the old files.
 */
public final class GoldenFiles {
  /** The system property that rewrites golden files: {@value}. */
  public static final String UPDATE_PROPERTY = "treem.golden.update";

  private static final List<String> RETIRED = List.of("treem.updateGolden", "treem.updateGoldens", "golden.update");

  private GoldenFiles() {}

  /**
   * Whether this run rewrites the golden files.
   *
   * @return {@code true} when {@code -Dtreem.golden.update=true}
   * @throws IllegalStateException if a retired property name is set
   */
  public static boolean updating() {
    for (String name : RETIRED) {
      if (System.getProperty(name) != null) {
        throw new IllegalStateException("-D" + name + " is no longer read: use -D" + UPDATE_PROPERTY + "=true");
      }
    }
    return Boolean.getBoolean(UPDATE_PROPERTY);
  }

  /**
   * The golden text to compare with, written first from {@code actual} when {@link #updating()}.
   *
   * @param file the golden file (relative paths resolve against the module's folder, Surefire's
   *     working directory)
   * @param actual the output under test
   * @return the golden file's text (UTF-8)
   */
  public static String expected(Path file, String actual) {
    return new String(expected(file, actual.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
  }

  /**
   * The golden bytes to compare with, written first from {@code actual} when {@link #updating()}.
   *
   * @param file the golden file
   * @param actual the output under test
   * @return the golden file's bytes
   */
  public static byte[] expected(Path file, byte[] actual) {
    try {
      if (updating()) {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
          Files.createDirectories(parent);
        }
        Files.write(file, actual);
      }
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The golden lines to compare with, written first from {@code actual} (one line each, UTF-8)
   * when {@link #updating()}.
   *
   * @param file the golden file
   * @param actual the output under test, as lines
   * @return the golden file's lines
   */
  public static List<String> expectedLines(Path file, List<String> actual) {
    try {
      if (updating()) {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
          Files.createDirectories(parent);
        }
        Files.write(file, actual, StandardCharsets.UTF_8);
      }
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
