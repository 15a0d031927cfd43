package io.github.treem.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** Reads the golden lists of src/test/resources/golden (tab-separated, {@code #} comments). */
public final class Golden {
  private Golden() {}

  /**
   * The rows of a golden file.
   *
   * @param name the file name
   * @return the rows, each split at tabs (trailing empty fields kept)
   */
  public static List<String[]> rows(String name) {
    Path p = Path.of("src", "test", "resources", "golden", name);
    try {
      return Files.readAllLines(p, StandardCharsets.UTF_8).stream()
          .filter(l -> !l.isBlank() && !l.startsWith("#"))
          .map(l -> l.split("\t", -1))
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
