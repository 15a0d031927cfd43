package io.github.treem.indicators.internal;

import io.github.treem.core.taxonomy.LegalReference;
import io.github.treem.core.validation.InvalidValueException;
import io.github.treem.indicators.cfc.Certainty;
import io.github.treem.indicators.cfc.CommuneType;
import io.github.treem.indicators.cfc.Criterion;
import io.github.treem.indicators.cfc.InputSource;
import io.github.treem.indicators.cfc.ItemUnit;
import io.github.treem.indicators.cfc.PointBand;
import io.github.treem.indicators.cfc.RecognitionRule;
import io.github.treem.indicators.cfc.ScoringItem;
import io.github.treem.indicators.cfc.ScoringTable;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads the text form of a child-friendly commune scoring table (internal, not API; the format is
 * described in the bundled {@code qd-06-2019.tsv} and in docs/child-friendly-commune.md).
 *
 * <p>Why not a CSV or JSON library: indicators depends on none (the enforcer bans Jackson here;
 * formats live in io-formats), the scorer must load the bundled table without io-formats, and
 * this is a record-per-line, tab-separated file of about a hundred lines with no quoting, read once.
 */
public final class ScoringTableReader {
  private static final String CODE = "TREEM-CFC-0010";

  private final String sourceName;
  private ScoringTable.Builder table;
  private boolean sawTable;
  private boolean sawLegal;
  private boolean sawValid;
  private RecognitionRule.Builder rule;
  private boolean sawThresholds;
  private boolean sawConditions;
  private final Map<String, String> sources = new LinkedHashMap<>();
  private final List<Criterion> criteria = new ArrayList<>();
  private Criterion.@Nullable Builder criterion;
  private String criterionWhere = "";
  private final List<ScoringItem> items = new ArrayList<>();
  private ScoringItem.@Nullable Builder item;
  private String itemWhere = "";
  private final List<PointBand> bands = new ArrayList<>();

  private ScoringTableReader(String sourceName) {
    this.sourceName = sourceName;
    table = ScoringTable.builder();
    rule = RecognitionRule.builder();
  }

  /**
   * Reads a table.
   *
   * @param reader the text
   * @param sourceName the name used in error messages
   * @return the table
   * @throws IOException when the text cannot be read
   * @throws InvalidValueException when a line is malformed (code {@code TREEM-CFC-0010}) or a part
   *     breaks an invariant (its own code), with the line number
   */
  public static ScoringTable read(Reader reader, String sourceName) throws IOException {
    return new ScoringTableReader(sourceName).readAll(reader);
  }

  private ScoringTable readAll(Reader reader) throws IOException {
    BufferedReader in = new BufferedReader(reader);
    String line;
    int number = 0;
    while ((line = in.readLine()) != null) {
      number++;
      if (number == 1 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\t", -1);
      String where = sourceName + ":" + number;
      switch (cells[0]) {
        case "table" -> {
          need(cells, 5, 5, where, "table <id> <version> <title vi> <title en>");
          once(sawTable, where, "table");
          sawTable = true;
          table.id(text(cells[1], where)).version(text(cells[2], where)).titleVi(text(cells[3], where))
              .titleEn(text(cells[4], where));
        }
        case "legal" -> {
          need(cells, 7, 7, where, "legal <document> <title en> <article> <clause> <in force from> <in force to>");
          once(sawLegal, where, "legal");
          sawLegal = true;
          table.legalBasis(legal(cells, where));
        }
        case "valid" -> {
          need(cells, 3, 3, where, "valid <from> <to>");
          once(sawValid, where, "valid");
          sawValid = true;
          table.validFrom(date(cells[1], where).orElseThrow(() -> error(where, "the table needs a first valid day")));
          table.validTo(date(cells[2], where));
        }
        case "source" -> {
          need(cells, 3, 3, where, "source <key> <citation>");
          if (sources.put(text(cells[1], where), text(cells[2], where)) != null) {
            throw error(where, "the source " + cells[1] + " is declared twice");
          }
        }
        case "thresholds" -> {
          need(cells, 4, 4, where, "thresholds <TYPE=points;...> <certainty> <sources>");
          once(sawThresholds, where, "thresholds");
          sawThresholds = true;
          rule.thresholds(thresholds(cells[1], where)).thresholdCertainty(certainty(cells[2], where))
              .addAllSources(keys(cells[3]));
        }
        case "conditions" -> {
          need(cells, 4, 4, where, "conditions <ALL_CRITERIA_MET;NO_CRITERION_AT_ZERO> <certainty> <sources>");
          once(sawConditions, where, "conditions");
          sawConditions = true;
          conditions(cells[1], where);
          rule.conditionsCertainty(certainty(cells[2], where)).addAllSources(keys(cells[3]));
        }
        case "criterion" -> {
          need(cells, 9, 9, where,
              "criterion <number> <maximum> <certainty> <met minimum> <certainty> <name vi> <name en> <sources>");
          endCriterion();
          criterion = Criterion.builder().number(integer(cells[1], where)).maximum(integer(cells[2], where))
              .maximumCertainty(certainty(cells[3], where)).metMinimum(integer(cells[4], where))
              .metCertainty(certainty(cells[5], where)).nameVi(text(cells[6], where)).nameEn(text(cells[7], where))
              .sources(keys(cells[8]));
          criterionWhere = where;
        }
        case "item" -> {
          need(cells, 10, 12, where, "item <id> <unit> <input> <input code> <certainty> <sensitive> <name vi> "
              + "<name en> <sources> [<note vi> <note en>]");
          if (criterion == null) {
            throw error(where, "an item follows its criterion");
          }
          endItem();
          item = ScoringItem.builder().id(text(cells[1], where)).unit(parseEnum(ItemUnit.class, cells[2], where))
              .input(parseEnum(InputSource.class, cells[3], where)).inputCode(optional(cells[4]))
              .certainty(certainty(cells[5], where)).sensitive(yesNo(cells[6], where)).nameVi(text(cells[7], where))
              .nameEn(text(cells[8], where)).sources(keys(cells[9]));
          if (cells.length > 10) {
            item.noteVi(optional(cells[10]));
          }
          if (cells.length > 11) {
            item.noteEn(optional(cells[11]));
          }
          itemWhere = where;
        }
        case "band" -> {
          need(cells, 5, 5, where, "band <interval> <points> <certainty> <sources>");
          if (item == null) {
            throw error(where, "a band follows its item");
          }
          int points = integer(cells[2], where);
          Certainty certainty = certainty(cells[3], where);
          try {
            bands.add(PointBand.parse(cells[1], points, certainty, keys(cells[4])));
          } catch (InvalidValueException e) {
            throw located(e, where);
          }
        }
        default -> throw error(where, "unknown record \"" + cells[0] + "\" (table, legal, valid, source, thresholds, "
            + "conditions, criterion, item, band)");
      }
    }
    endCriterion();
    String end = sourceName;
    if (!sawTable || !sawLegal || !sawValid || !sawThresholds || !sawConditions) {
      throw error(end, "a table needs the records table, legal, valid, thresholds and conditions");
    }
    try {
      return table.recognitionRule(rule.build()).criteria(criteria).sources(sources).build();
    } catch (InvalidValueException e) {
      throw located(e, end);
    }
  }

  private void endItem() {
    if (item == null) {
      return;
    }
    try {
      items.add(item.bands(bands).build());
    } catch (InvalidValueException e) {
      throw located(e, itemWhere);
    }
    bands.clear();
    item = null;
  }

  private void endCriterion() {
    endItem();
    if (criterion == null) {
      return;
    }
    try {
      criteria.add(criterion.items(items).build());
    } catch (InvalidValueException e) {
      throw located(e, criterionWhere);
    }
    items.clear();
    criterion = null;
  }

  private LegalReference legal(String[] cells, String where) {
    LegalReference.Builder b = LegalReference.builder().document(text(cells[1], where)).titleEn(optional(cells[2]))
        .article(optional(cells[3])).clause(optional(cells[4])).inForceFrom(date(cells[5], where))
        .inForceTo(date(cells[6], where));
    try {
      return b.build();
    } catch (IllegalStateException e) {
      throw error(where, e.getMessage());
    }
  }

  private Map<CommuneType, Integer> thresholds(String text, String where) {
    Map<CommuneType, Integer> out = new EnumMap<>(CommuneType.class);
    for (String part : text.split(";", 0)) { // limit 0: a trailing ';' is allowed
      String[] kv = part.split("=", -1);
      if (kv.length != 2) {
        throw error(where, "a threshold is written TYPE=points: " + part);
      }
      if (out.put(parseEnum(CommuneType.class, kv[0], where), integer(kv[1], where)) != null) {
        throw error(where, "the threshold of " + kv[0].strip() + " is given twice");
      }
    }
    return out;
  }

  private void conditions(String text, String where) {
    boolean allMet = false;
    boolean noZero = false;
    for (String part : text.split(";", -1)) {
      switch (part.strip()) {
        case "ALL_CRITERIA_MET" -> allMet = true;
        case "NO_CRITERION_AT_ZERO" -> noZero = true;
        case "" -> {}
        default -> throw error(where, "unknown condition " + part.strip() + " (ALL_CRITERIA_MET, NO_CRITERION_AT_ZERO)");
      }
    }
    rule.allCriteriaMetRequired(allMet).noCriterionAtZeroRequired(noZero);
  }

  private static void need(String[] cells, int min, int max, String where, String form) {
    if (cells.length < min || cells.length > max) {
      throw error(where, "expected " + form + " (tab-separated), found " + cells.length + " cells");
    }
  }

  private static void once(boolean seen, String where, String record) {
    if (seen) {
      throw error(where, "the record " + record + " is given twice");
    }
  }

  private static String text(String cell, String where) {
    String t = cell.strip();
    if (t.isEmpty() || t.equals("-")) {
      throw error(where, "a required cell is empty");
    }
    return t;
  }

  private static Optional<String> optional(String cell) {
    String t = cell.strip();
    return t.isEmpty() || t.equals("-") ? Optional.empty() : Optional.of(t);
  }

  private static List<String> keys(String cell) {
    List<String> out = new ArrayList<>();
    for (String k : cell.split(";", -1)) {
      String t = k.strip();
      if (!t.isEmpty() && !t.equals("-")) {
        out.add(t);
      }
    }
    return out;
  }

  private static boolean yesNo(String cell, String where) {
    return switch (cell.strip()) {
      case "Y" -> true;
      case "N" -> false;
      default -> throw error(where, "not Y or N: " + cell.strip());
    };
  }

  private static int integer(String cell, String where) {
    try {
      return Integer.parseInt(cell.strip());
    } catch (NumberFormatException e) {
      throw error(where, "not a whole number: " + cell.strip());
    }
  }

  private static Optional<LocalDate> date(String cell, String where) {
    Optional<String> t = optional(cell);
    try {
      return t.map(LocalDate::parse);
    } catch (DateTimeParseException e) {
      throw error(where, "not a date (YYYY-MM-DD): " + cell.strip());
    }
  }

  private static Certainty certainty(String cell, String where) {
    try {
      return Certainty.parse(cell);
    } catch (IllegalArgumentException e) {
      throw error(where, "not a certainty (C, S or U): " + cell.strip());
    }
  }

  private static <E extends Enum<E>> E parseEnum(Class<E> type, String text, String where) {
    try {
      return Enum.valueOf(type, text.strip());
    } catch (IllegalArgumentException e) {
      throw error(where, "unknown " + type.getSimpleName() + ": " + text.strip());
    }
  }

  private static InvalidValueException located(InvalidValueException e, String where) {
    String m = String.valueOf(e.getMessage()); // an InvalidValueException always has one
    String prefix = e.getCode() + ": ";
    return new InvalidValueException(e.getCode(), where + ": " + (m.startsWith(prefix) ? m.substring(prefix.length()) : m));
  }

  private static InvalidValueException error(String where, @Nullable String message) {
    return new InvalidValueException(CODE, where + ": " + message);
  }
}
