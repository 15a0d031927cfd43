package io.github.treem.indicators.cfc;

import io.github.treem.core.taxonomy.LegalReference;
import io.github.treem.core.validation.InvalidValueException;
import io.github.treem.indicators.internal.ScoringTableReader;
import io.github.treem.indicators.internal.TreemStyle;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A versioned scoring table of the child-friendly commune standard: the criteria with their items,
 * point bands and maxima, the recognition rule, the legal text it implements and the period in
 * which it applies, every part marked with its {@link Certainty} and its sources.
 *
 * <p>The bundled table is {@link #qd06()}, for Quyết định 06/QĐ-TTg of 3 January 2019: the points
 * confirmed by secondary sources are marked {@link Certainty#SECONDARY}, every other band
 * {@link Certainty#PROVISIONAL} (docs/child-friendly-commune.md lists which). A province's table or
 * a later decision's replaces it: {@link #parse(Reader, String)} reads one in the text form of the
 * bundled file, {@link #builder()} builds one, {@link #withCriterion(Criterion)} changes one
 * criterion; {@link ChildFriendlyScorer#of(List)} picks the table in force on a date.
 *
 * <pre>{@code
 * ScoringTable table = ScoringTable.qd06();
 * table.getMaximumTotal();                  // 1000
 * table.item("7.1").orElseThrow().getBands(); // [98,100] 50 points [S], lower bands [U]
 * }</pre>
 *
 * <p>Invariants (checked when built, code {@code TREEM-CFC-0006}): id and version not blank;
 * criterion numbers and item identifiers unique; every source key used is declared; the period
 * does not end before it starts.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@TreemStyle
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public abstract class ScoringTable {
  /** The classpath resource of the bundled table of Quyết định 06/QĐ-TTg. */
  public static final String QD06_RESOURCE = "/io/github/treem/indicators/cfc/qd-06-2019.tsv";

  ScoringTable() {}

  /** {@return the table's identifier, e.g. {@code "QD-06-2019"}} */
  public abstract String getId();

  /** {@return the table's version, e.g. {@code "1"}: a changed table gets a new version} */
  public abstract String getVersion();

  /** {@return the Vietnamese title} */
  public abstract String getTitleVi();

  /** {@return the English title} */
  public abstract String getTitleEn();

  /** {@return the legal text the table implements} */
  public abstract LegalReference getLegalBasis();

  /** {@return the first day on which the table applies} */
  public abstract LocalDate getValidFrom();

  /** {@return the last day on which the table applies, empty while it applies} */
  public abstract Optional<LocalDate> getValidTo();

  /** {@return the criteria, in order} */
  public abstract List<Criterion> getCriteria();

  /** {@return the recognition rule} */
  public abstract RecognitionRule getRecognitionRule();

  /** {@return the sources cited by the table's parts: key to citation (title, address, date read)} */
  public abstract Map<String, String> getSources();

  /** {@return the sum of the criteria's maxima} */
  @Value.Derived
  public int getMaximumTotal() {
    return getCriteria().stream().mapToInt(Criterion::getMaximum).sum();
  }

  /**
   * Whether the table applies on a date.
   *
   * @param date the date (e.g. the reference date of the assessment)
   * @return true when the date is in the table's period
   */
  public boolean isValidOn(LocalDate date) {
    return !date.isBefore(getValidFrom()) && getValidTo().map(t -> !date.isAfter(t)).orElse(true);
  }

  /** {@return true when any criterion or the recognition rule is provisional} */
  public boolean isProvisional() {
    return getRecognitionRule().isProvisional() || getCriteria().stream().anyMatch(Criterion::isProvisional);
  }

  /**
   * A criterion by its number.
   *
   * @param number the number
   * @return the criterion, or empty
   */
  public Optional<Criterion> criterion(int number) {
    return getCriteria().stream().filter(c -> c.getNumber() == number).findFirst();
  }

  /**
   * An item by its identifier.
   *
   * @param id the identifier, e.g. {@code "6.1"}
   * @return the item, or empty
   */
  public Optional<ScoringItem> item(String id) {
    return items().stream().filter(i -> i.getId().equals(id)).findFirst();
  }

  /** {@return every item, criterion by criterion} */
  public List<ScoringItem> items() {
    List<ScoringItem> out = new ArrayList<>();
    getCriteria().forEach(c -> out.addAll(c.getItems()));
    return out;
  }

  /**
   * A copy with a criterion replaced (same number), e.g. a province's bands for one criterion.
   * Give the copy a new version ({@link Builder#version(String)}) when it is published.
   *
   * @param criterion the new criterion
   * @return the copy
   * @throws InvalidValueException (code {@code TREEM-CFC-0006}) when the table has no criterion
   *     of that number
   */
  public ScoringTable withCriterion(Criterion criterion) {
    if (criterion(criterion.getNumber()).isEmpty()) {
      throw new InvalidValueException("TREEM-CFC-0006", "table " + getId() + " has no criterion " + criterion.getNumber());
    }
    return new Builder().from(this).criteria(getCriteria().stream()
        .map(c -> c.getNumber() == criterion.getNumber() ? criterion : c).toList()).build();
  }

  /**
   * A copy with another identifier and version (for a table derived from this one).
   *
   * @param id the identifier
   * @param version the version
   * @return the copy
   */
  public ScoringTable withIdentity(String id, String version) {
    return new Builder().from(this).id(id).version(version).build();
  }

  /** {@return the bundled table of Quyết định 06/QĐ-TTg (loaded once)} */
  public static ScoringTable qd06() {
    return Bundled.QD06;
  }

  /**
   * Reads a table in the text form of the bundled file (UTF-8, tab-separated; the format is
   * described in the bundled file's header and in docs/child-friendly-commune.md).
   *
   * @param reader the text
   * @param sourceName the name used in error messages (e.g. the file name)
   * @return the table
   * @throws IOException when the text cannot be read
   * @throws InvalidValueException (code {@code TREEM-CFC-0010}, with the line number) when a
   *     line is malformed, or a code of the part that breaks an invariant
   */
  public static ScoringTable parse(Reader reader, String sourceName) throws IOException {
    return ScoringTableReader.read(reader, sourceName);
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    if (getId().isBlank() || getVersion().isBlank()) {
      throw error("a table needs an identifier and a version");
    }
    if (getCriteria().isEmpty()) {
      throw error("table " + getId() + " has no criterion");
    }
    if (getValidTo().isPresent() && getValidTo().get().isBefore(getValidFrom())) {
      throw error("table " + getId() + ": the period ends before it starts");
    }
    Set<Integer> numbers = new HashSet<>();
    Set<String> ids = new HashSet<>();
    List<String> keys = new ArrayList<>(getRecognitionRule().getSources());
    for (Criterion c : getCriteria()) {
      if (!numbers.add(c.getNumber())) {
        throw error("table " + getId() + ": criterion " + c.getNumber() + " is given twice");
      }
      keys.addAll(c.getSources());
      for (ScoringItem i : c.getItems()) {
        if (!ids.add(i.getId())) {
          throw error("table " + getId() + ": item " + i.getId() + " is given twice");
        }
        keys.addAll(i.getSources());
        i.getBands().forEach(b -> keys.addAll(b.getSources()));
      }
    }
    for (String k : keys) {
      if (!getSources().containsKey(k)) {
        throw error("table " + getId() + ": the source " + k + " is not declared");
      }
    }
  }

  private static InvalidValueException error(String message) {
    return new InvalidValueException("TREEM-CFC-0006", message);
  }

  /** Builds a {@link ScoringTable}. */
  public static final class Builder extends ImmutableScoringTable.Builder {
    Builder() {}
  }

  /** The bundled table, loaded on first use. */
  private static final class Bundled {
    static final ScoringTable QD06 = load();

    private Bundled() {}

    private static ScoringTable load() {
      try (InputStream in = ScoringTable.class.getResourceAsStream(QD06_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("the bundled scoring table " + QD06_RESOURCE + " is missing from this build");
        }
        return parse(new InputStreamReader(in, StandardCharsets.UTF_8), "qd-06-2019.tsv");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
