package io.github.treem.io.plan;

import io.github.treem.core.plan.Plan;
import io.github.treem.core.plan.PlanValidator;
import io.github.treem.core.validation.Issue;
import io.github.treem.core.validation.Location;
import io.github.treem.io.internal.json.JsonProblems;
import io.github.treem.io.json.TreemJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;

/**
 * Reads and checks a plan file (JSON, format version 2 or 1; {@code plan-v2.schema.json}): the
 * form strictly (unknown properties, duplicate keys, types, required properties, enumerations:
 * what the schema says), then the plan's consistency with {@link PlanValidator}. Problems are
 * issues with stable codes, located by file, line and property path, that never repeat an input
 * value. Writing is {@link TreemJson#writePlan}.
 *
 * <pre>{@code
 * PlanReading r = PlanJson.read(Path.of("ke-hoach-2021.json"));
 * if (r.isValid()) { Plan plan = r.plan().get(); ... }
 * }</pre>
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class PlanJson {
  private PlanJson() {}

  /**
   * Reads and checks a plan file.
   *
   * @param file the file
   * @return the reading
   * @throws UncheckedIOException when the file cannot be read
   */
  public static PlanReading read(Path file) {
    Objects.requireNonNull(file, "file must not be null");
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, String.valueOf(file.getFileName()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads and checks a plan from a stream (not closed).
   *
   * @param in the stream (UTF-8)
   * @param fileName the file name for locations, or null
   * @return the reading
   * @throws UncheckedIOException when the stream fails
   */
  public static PlanReading read(InputStream in, @Nullable String fileName) {
    Objects.requireNonNull(in, "in must not be null");
    Plan plan;
    try {
      plan = TreemJson.strict().read(in, Plan.class);
    } catch (JacksonException e) {
      JsonProblems.rethrowIo(e);
      return new PlanReading(Optional.empty(), List.of(JsonProblems.issueOf(e, fileName, 0, "")));
    }
    return check(plan, fileName);
  }

  /**
   * Checks a plan with {@link PlanValidator}, its issues placed in a file.
   *
   * @param plan the plan
   * @param fileName the file name for locations, or null
   * @return the reading
   */
  public static PlanReading check(Plan plan, @Nullable String fileName) {
    Objects.requireNonNull(plan, "plan must not be null");
    List<Issue> issues = new ArrayList<>();
    for (Issue i : PlanValidator.validate(plan).getIssues()) {
      issues.add(fileName == null ? i : i.withLocation(Location.builder().from(i.getLocation()).file(fileName).build()));
    }
    return new PlanReading(Optional.of(plan), issues);
  }
}
