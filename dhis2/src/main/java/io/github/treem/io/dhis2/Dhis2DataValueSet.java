package io.github.treem.io.dhis2;

import io.github.treem.core.validation.Issue;
import io.github.treem.core.validation.Severity;
import io.github.treem.io.internal.dhis2.Dhis2Writers;
import io.github.treem.io.internal.dhis2.TreemStyle;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A report exported to DHIS2: the data set, period and org unit, the data values, and the
 * problems DHIS2 would raise on import, found before upload ({@link Dhis2IssueCode}). Write it
 * as JSON, CSV or ADX with {@link #writeTo(Dhis2Format, Writer)}; the output is deterministic.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@TreemStyle
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public abstract class Dhis2DataValueSet {
  Dhis2DataValueSet() {}

  /** {@return the data set UID} */
  public abstract String getDataSet();

  /** {@return the period identifier} */
  public abstract String getPeriod();

  /** {@return the org unit UID of the header (the commune)} */
  public abstract String getOrgUnit();

  /** {@return the completion date as written, if given} */
  public abstract Optional<String> getCompleteDate();

  /** {@return the default attribute option combo UID} */
  public abstract String getAttributeOptionCombo();

  /** {@return the ADX export timestamp ({@code adx@exported}), if given} */
  public abstract Optional<String> getExported();

  /** {@return the data values, in the mapping's order} */
  public abstract List<Dhis2DataValue> getDataValues();

  /** {@return the problems found (errors: DHIS2 would reject values; warnings: values left out)} */
  public abstract List<Issue> getIssues();

  /** {@return true when no issue is an error} */
  public boolean isValid() {
    return getIssues().stream().noneMatch(i -> i.getSeverity() == Severity.ERROR);
  }

  /**
   * Writes the data values in a format.
   *
   * @param format the format
   * @param out where to write (not closed)
   * @throws IOException when writing fails
   */
  public void writeTo(Dhis2Format format, Writer out) throws IOException {
    switch (format) {
      case JSON -> Dhis2Writers.json(this, out);
      case CSV -> Dhis2Writers.csv(this, out);
      default -> Dhis2Writers.adx(this, out);
    }
    out.flush();
  }

  /**
   * The data values in a format, as text.
   *
   * @param format the format
   * @return the text
   */
  public String format(Dhis2Format format) {
    StringWriter w = new StringWriter();
    try {
      writeTo(format, w);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Dhis2DataValueSet}. */
  public static final class Builder extends ImmutableDhis2DataValueSet.Builder {
    Builder() {}
  }
}
