package io.github.treem.core.validation;

import io.github.treem.core.internal.TreemStyle;
import java.util.Optional;
import java.util.OptionalLong;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * Where a problem is: in a file (name, line, column) and/or in an object (property path such as
 * {@code measurements[0].weightKg}). Every part is optional; a location with none of them
 * means "the whole input".
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@TreemStyle
@API(status = API.Status.STABLE, since = "0.1")
public abstract class Location {
  private static final Location NOWHERE = builder().build();

  Location() {}

  /** {@return the file name (not its path), if the problem is in a file} */
  public abstract Optional<String> getFile();

  /** {@return the 1-based line number, if known} */
  public abstract OptionalLong getLine();

  /** {@return the column name (e.g. {@code date_of_birth}), if the problem is in one column} */
  public abstract Optional<String> getColumn();

  /** {@return the property path in the object, if known} */
  public abstract Optional<String> getPath();

  /** {@return a location with no parts} */
  public static Location unknown() {
    return NOWHERE;
  }

  /**
   * A location in an object.
   *
   * @param path the property path
   * @return the location
   */
  public static Location ofPath(String path) {
    return builder().path(path).build();
  }

  /**
   * A location in a file.
   *
   * @param file the file name, or null when the input has none (a stream)
   * @param line the 1-based line
   * @param column the column name, or null when none applies
   * @return the location
   */
  public static Location ofLine(@Nullable String file, long line, @Nullable String column) {
    return builder().file(Optional.ofNullable(file)).line(line).column(Optional.ofNullable(column)).build();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder();
    getFile().ifPresent(b::append);
    getLine().ifPresent(l -> b.append(b.length() > 0 ? ":" : "line ").append(l));
    getColumn().ifPresent(c -> b.append(b.length() > 0 ? " " : "").append('[').append(c).append(']'));
    getPath().ifPresent(p -> b.append(b.length() > 0 ? " " : "").append(p));
    return b.toString();
  }

  /** Builds a {@link Location}. */
  public static final class Builder extends ImmutableLocation.Builder {
    Builder() {}
  }
}
