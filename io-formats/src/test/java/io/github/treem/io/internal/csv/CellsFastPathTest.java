package io.github.treem.io.internal.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The date and decimal parsers without regular expressions give what the regular expressions gave. */
class CellsFastPathTest {
  private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
  private static final Pattern DMY = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
  private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");

  private static Optional<LocalDate> referenceDate(String s) {
    try {
      Matcher m = ISO.matcher(s);
      if (m.matches()) {
        return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
            Integer.parseInt(m.group(3))));
      }
      m = DMY.matcher(s);
      if (m.matches()) {
        return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
            Integer.parseInt(m.group(1))));
      }
    } catch (DateTimeException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  private static OptionalDouble referenceDecimal(String s, boolean comma) {
    String t = comma ? s.replace(',', '.') : s;
    return DECIMAL.matcher(t).matches() ? OptionalDouble.of(Double.parseDouble(t)) : OptionalDouble.empty();
  }

  private static final String DATE_CHARS = "0123456789-/ x\u0661";
  private static final String NUMBER_CHARS = "0123456789.,+- e\u0661";

  private static String random(SplittableRandom r, String alphabet, int maxLength) {
    StringBuilder b = new StringBuilder();
    int n = r.nextInt(maxLength + 1);
    for (int i = 0; i < n; i++) {
      b.append(alphabet.charAt(r.nextInt(alphabet.length())));
    }
    return b.toString();
  }

  @ParameterizedTest
  @ValueSource(longs = {11, 12, 13})
  void datesAsTheRegularExpressions(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    for (int n = 0; n < 50_000; n++) {
      String s;
      switch (r.nextInt(3)) {
        case 0:
          s = String.format("%04d-%02d-%02d", r.nextInt(10_000), r.nextInt(14), r.nextInt(33));
          break;
        case 1:
          s = r.nextInt(32) + "/" + r.nextInt(14) + "/" + (1900 + r.nextInt(200));
          break;
        default:
          s = random(r, DATE_CHARS, 11);
          break;
      }
      assertThat(Cells.date(s)).as(s).isEqualTo(referenceDate(s));
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {21, 22, 23})
  void decimalsAsTheRegularExpression(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    for (int n = 0; n < 50_000; n++) {
      String s = r.nextBoolean() ? String.valueOf(Math.round(r.nextDouble() * 2000) / 10.0) : random(r, NUMBER_CHARS, 6);
      boolean comma = r.nextBoolean();
      assertThat(Cells.decimal(s, comma)).as(s).isEqualTo(referenceDecimal(s, comma));
    }
  }

  @Test
  void edgeCases() {
    assertThat(Cells.date("2020-02-29")).contains(LocalDate.of(2020, 2, 29));
    assertThat(Cells.date("2019-02-29")).isEmpty();
    assertThat(Cells.date("0000-01-01")).contains(LocalDate.of(0, 1, 1));
    assertThat(Cells.date("3/4/2020")).contains(LocalDate.of(2020, 4, 3));
    assertThat(Cells.decimal(".5", false)).hasValue(0.5);
    assertThat(Cells.decimal("5.", false)).hasValue(5.0);
    assertThat(Cells.decimal(".", false)).isEmpty();
    assertThat(Cells.decimal("-", false)).isEmpty();
    assertThat(Cells.decimal("1.2.3", false)).isEmpty();
    assertThat(Cells.decimal("12,5", true)).hasValue(12.5);
    assertThat(Cells.decimal("12,5", false)).isEmpty();
  }

  private static final Pattern INTEGER = Pattern.compile("[+-]?\\d{1,9}");

  @ParameterizedTest
  @ValueSource(longs = {31, 32})
  void integersAsTheRegularExpression(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    for (int n = 0; n < 50_000; n++) {
      String s = n % 3 == 0 ? Integer.toString(r.nextInt()) : random(r, NUMBER_CHARS, 11);
      java.util.OptionalInt expected = INTEGER.matcher(s).matches()
          ? java.util.OptionalInt.of(Integer.parseInt(s)) : java.util.OptionalInt.empty();
      assertThat(Cells.integer(s)).as(s).isEqualTo(expected);
    }
  }

  /** Every code cell: the look-up as written, then folded, gives what folding alone gave. */
  @Test
  void codesAsFolding() {
    java.util.List<String> forms = new java.util.ArrayList<>();
    String[] seeds = {"Y", "N", "y", "n", "1", "0", "2", "yes", "No", "YES", "co", "có", "Có", "không", "KHONG", "M",
        "F", "m", "f", "Nam", "Nữ", "NU", "male", "Female", "L", "H", "l", "h", "nằm", "đứng", "NONE", "none",
        "None", "POOR", "NEAR_POOR", "near_poor", "near-poor", "Near Poor", "nghèo", "cận nghèo", "CẬN NGHÈO",
        "MILD", "SEVERE", "EXTREMELY_SEVERE", "extremely severe", "nhẹ", "nặng", "đặc biệt nặng", "NURSERY",
        "KINDERGARTEN", "PRIMARY", "LOWER_SECONDARY", "UPPER_SECONDARY", "nhà trẻ", "mẫu giáo", "tiểu học",
        "THCS", "thpt", "Lower_Secondary", "_NONE", "NONE_", "N O", "", "x", "ÿ", "\u0130"};
    for (String f : seeds) {
      forms.add(f);
      forms.add(f.toUpperCase(java.util.Locale.ROOT));
      forms.add(f.toLowerCase(java.util.Locale.ROOT));
    }
    for (String f : forms) {
      String folded = Text.fold(f);
      assertThat(Cells.yesNo(f)).as(f).isEqualTo(Cells.yesNo(folded));
      assertThat(Cells.poverty(f)).as(f).isEqualTo(Cells.poverty(folded));
      assertThat(Cells.disability(f)).as(f).isEqualTo(Cells.disability(folded));
      assertThat(Cells.level(f)).as(f).isEqualTo(Cells.level(folded));
      assertThat(Cells.position(f)).as(f).isEqualTo(Cells.position(folded));
      assertThat(Cells.sex(f)).as(f).isEqualTo(Cells.sex(folded));
    }
    assertThat(Cells.level("LOWER_SECONDARY")).contains(io.github.treem.core.SchoolLevel.LOWER_SECONDARY);
    assertThat(Cells.yesNo("Y")).contains(Boolean.TRUE);
    assertThat(Cells.sex("F")).contains(io.github.treem.core.taxonomy.Sex.FEMALE);
  }

  /** A text at a random place in a larger array of characters, as a row's cells are. */
  private record Placed(char[] a, int from, int to) {
    static Placed of(String s, SplittableRandom r) {
      int before = r.nextInt(5);
      char[] a = new char[before + s.length() + r.nextInt(5)];
      java.util.Arrays.fill(a, r.nextBoolean() ? 'Y' : '0'); // neighbours a parser must not read
      s.getChars(0, s.length(), a, before);
      return new Placed(a, before, before + s.length());
    }
  }

  /**
   * The parsers of a cell read from a row's characters ({@code ...At}) give what the parsers of
   * the cell's string give: every code form of {@link #codesAsFolding} in three cases, and seeded
   * random dates and integers.
   */
  @ParameterizedTest
  @ValueSource(longs = {41, 42})
  void fromCharactersAsFromStrings(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    java.util.List<String> cells = new java.util.ArrayList<>();
    String[] codes = {"Y", "N", "y", "n", "1", "0", "2", "yes", "No", "YES", "co", "có", "không", "KHONG", "M", "F",
        "m", "f", "Nam", "Nữ", "male", "Female", "L", "H", "l", "h", "nằm", "đứng", "NONE", "none", "None", "POOR",
        "NEAR_POOR", "near-poor", "Near Poor", "nghèo", "cận nghèo", "MILD", "SEVERE", "EXTREMELY_SEVERE", "nhẹ",
        "đặc biệt nặng", "NURSERY", "KINDERGARTEN", "PRIMARY", "LOWER_SECONDARY", "UPPER_SECONDARY", "THCS", "thpt",
        "_NONE", "NONE_", "N O", "x", "ÿ", "\u0130", "NONEX", "PRIMARYY", "12", "+3", "-4", "007", "123456789",
        "1234567890", "1.5", "2020-02-29", "2019-02-29", "2020-13-01", "2020-1-01", "3/4/2020", "٢٠٢٠-01-01"};
    for (String c : codes) {
      cells.add(c);
      cells.add(c.toUpperCase(java.util.Locale.ROOT));
      cells.add(c.toLowerCase(java.util.Locale.ROOT));
    }
    for (int n = 0; n < 20_000; n++) {
      cells.add(switch (r.nextInt(4)) {
        case 0 -> String.format("%04d-%02d-%02d", r.nextInt(10_000), r.nextInt(14), r.nextInt(33));
        case 1 -> random(r, DATE_CHARS, 11);
        case 2 -> Integer.toString(r.nextInt(2_000_000_000) - 1_000_000_000);
        default -> random(r, NUMBER_CHARS, 11);
      });
    }
    for (String c : cells) {
      if (c.isEmpty()) {
        continue; // a cell is never empty
      }
      Placed p = Placed.of(c, r);
      assertThat(Cells.dateAt(p.a(), p.from(), p.to())).as(c).isEqualTo(Cells.dateOrNull(c));
      assertThat(Cells.yesNoAt(p.a(), p.from(), p.to())).as(c).isEqualTo(Cells.yesNoOrNull(c));
      assertThat(Cells.sexAt(p.a(), p.from(), p.to())).as(c).isEqualTo(Cells.sexOrNull(c));
      assertThat(Cells.povertyAt(p.a(), p.from(), p.to())).as(c).isEqualTo(Cells.povertyOrNull(c));
      assertThat(Cells.disabilityAt(p.a(), p.from(), p.to())).as(c).isEqualTo(Cells.disabilityOrNull(c));
      assertThat(Cells.levelAt(p.a(), p.from(), p.to())).as(c).isEqualTo(Cells.levelOrNull(c));
      assertThat(Cells.positionAt(p.a(), p.from(), p.to())).as(c).isEqualTo(Cells.positionOrNull(c));
      java.util.OptionalInt i = Cells.integer(c);
      assertThat(Cells.integerAt(p.a(), p.from(), p.to())).as(c).isEqualTo(i.isPresent() ? i.getAsInt()
          : Integer.MIN_VALUE);
    }
  }

  /**
   * The cells of a row read from its characters are the fields stripped as {@link String#strip()}
   * strips them, an empty one absent, a later field of the same column kept over an earlier one
   * unless empty (as the cells made of strings were).
   */
  @ParameterizedTest
  @ValueSource(longs = {51, 52})
  void cellsAsStrippedStrings(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    String alphabet = "ab1 \t\u00A0\u2003\u3000\u001F\u0085é\uD83D\uDE00";
    Column[] all = Column.values();
    for (int n = 0; n < 5_000; n++) {
      int size = 1 + r.nextInt(8);
      Column[] columns = new Column[size];
      java.util.List<String> fields = new java.util.ArrayList<>();
      java.util.Map<Column, String> expected = new java.util.EnumMap<>(Column.class);
      for (int i = 0; i < size; i++) {
        columns[i] = r.nextInt(6) == 0 ? null : all[r.nextInt(4)]; // few columns: repeats
        String f = random(r, alphabet, 6);
        fields.add(f);
        if (columns[i] != null && !f.strip().isEmpty()) {
          expected.put(columns[i], f.strip());
        }
      }
      if (r.nextBoolean()) {
        fields.add("extra"); // more fields than columns
      }
      RowCells cells = RowCells.of(columns, fields);
      for (Column c : all) {
        assertThat(cells.get(c)).as("%s %s", fields, c).isEqualTo(expected.get(c));
        assertThat(cells.containsKey(c)).isEqualTo(expected.containsKey(c));
      }
    }
  }
}
