package io.github.treem.io.report;

import io.github.treem.indicators.cfc.Criterion;
import io.github.treem.indicators.cfc.ItemUnit;
import io.github.treem.indicators.cfc.ItemValue;
import io.github.treem.indicators.cfc.ScoringItem;
import io.github.treem.indicators.cfc.ScoringTable;
import io.github.treem.indicators.cfc.SelfAssessment;
import io.github.treem.indicators.cfc.SelfAssessmentEntry;
import io.github.treem.io.internal.csv.Text;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A commune's self-assessment on the child-friendly commune standard (Quyết định 06/QĐ-TTg,
 * 03/01/2019) as a CSV form that an officer fills in a spreadsheet: the same content as
 * {@link SelfAssessmentJson}, one row per item of the scoring table (docs/child-friendly-commune.md
 * §6.1).
 *
 * <pre>{@code
 * record,criterion,item,label_vi,unit,value,numerator,denominator,evidence
 * form,,format,Định dạng tệp (không sửa),,treem-cfc-self-assessment-csv,,,
 * form,,version,Phiên bản định dạng (không sửa),,1,,,
 * form,,commune_code,Mã xã (5 chữ số),,19885,,,
 * ...
 * item,1,1.1,Có người làm công tác bảo vệ trẻ em cấp xã,có/không,có,,,Quyết định phân công ...
 * item,6,6.1,Trẻ em có hoàn cảnh đặc biệt được trợ giúp,%,,46,47,Danh sách trẻ em ...
 * item,11,11.2,Trẻ em từ 7 tuổi trở lên được lấy ý kiến,%,42.5,,,Tổng hợp phiếu ...
 * }</pre>
 *
 * <p>Columns (canonical name, or its Vietnamese name): {@code record} ({@code loai_dong}),
 * {@code criterion} ({@code tieu_chi}), {@code item} ({@code muc}), {@code label_vi}
 * ({@code noi_dung}), {@code unit} ({@code don_vi}), {@code value} ({@code gia_tri}),
 * {@code numerator} ({@code tu_so}), {@code denominator} ({@code mau_so}), {@code evidence}
 * ({@code minh_chung}); {@code record}, {@code item}, {@code value} and {@code evidence} are
 * required, {@code criterion}, {@code label_vi} and {@code unit} are for the officer and not read.
 * A {@code form} row gives one field of the form in {@code item} and its value in {@code value}
 * ({@link #FIELDS}); an {@code item} row gives one item's value: {@code numerator} and
 * {@code denominator} (a rate of two counts, compared exactly; {@code 0} and {@code 0}: nothing to
 * count), or {@code value} (a yes/no answer for a yes/no item, else a decimal in the item's unit),
 * and its evidence note. An item row with neither value nor evidence is an item not assessed.
 *
 * <p>The text is read as the register's CSV is: UTF-8 with or without a byte-order mark (or the
 * encoding the bytes look like, with a warning), separator {@code ,}, or {@code ;} (then {@code ,}
 * is also a decimal separator) or a tab when the header line has those and no comma; RFC 4180
 * quoting; a damaged row rejected and the rows after it read; the register's limits.
 *
 * <p>Implementation requirements: stateless and thread-safe.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class SelfAssessmentCsv {
  /** The value of the {@code format} row. */
  public static final String FORMAT = "treem-cfc-self-assessment-csv";
  /** The value of the {@code version} row. */
  public static final int VERSION = 1;
  /** The columns, in the order written. */
  public static final List<String> COLUMNS = Arrays.stream(FormColumn.values()).map(FormColumn::canonical).toList();
  /** The fields of the form ({@code form} rows), in the order written. */
  public static final List<String> FIELDS = Arrays.stream(FormField.values()).map(FormField::key).toList();

  static final String FORM = "form";
  static final String ITEM = "item";
  private static final String CRLF = "\r\n";
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private SelfAssessmentCsv() {}

  /** The columns of the form. */
  enum FormColumn {
    RECORD("record", "loai_dong", true),
    CRITERION("criterion", "tieu_chi", false),
    ITEM("item", "muc", true),
    LABEL("label_vi", "noi_dung", false),
    UNIT("unit", "don_vi", false),
    VALUE("value", "gia_tri", true),
    NUMERATOR("numerator", "tu_so", false),
    DENOMINATOR("denominator", "mau_so", false),
    EVIDENCE("evidence", "minh_chung", true);

    private final String canonical;
    private final String vietnamese;
    private final boolean required;

    FormColumn(String canonical, String vietnamese, boolean required) {
      this.canonical = canonical;
      this.vietnamese = vietnamese;
      this.required = required;
    }

    String canonical() {
      return canonical;
    }

    boolean required() {
      return required;
    }

    /** The column of a header cell (folded: case, diacritics, spaces), or null. */
    static @Nullable FormColumn of(String header) {
      String f = Text.fold(header);
      for (FormColumn c : values()) {
        if (c.canonical.equals(f) || c.vietnamese.equals(f)) {
          return c;
        }
      }
      return null;
    }
  }

  /** The fields of the form. */
  enum FormField {
    FORMAT_MARKER("format", "Định dạng tệp (không sửa)", false),
    VERSION_MARKER("version", "Phiên bản định dạng (không sửa)", false),
    COMMUNE_CODE("commune_code", "Mã xã, phường, thị trấn (5 chữ số)", true),
    COMMUNE_NAME("commune_name", "Tên xã, phường, thị trấn", true),
    YEAR("year", "Năm được đánh giá", true),
    COMMUNE_TYPE("commune_type", "Loại xã: CITY_WARD (phường thuộc quận, thị xã, thành phố của thành phố trực thuộc"
        + " trung ương), MOUNTAIN_ISLAND_OR_DISADVANTAGED (xã, thị trấn miền núi, hải đảo; xã đặc biệt khó khăn),"
        + " OTHER (còn lại)", true),
    ASSESSED_ON("assessed_on", "Ngày tự đánh giá (yyyy-mm-dd hoặc dd/mm/yyyy)", true),
    ASSESSED_BY("assessed_by", "Cơ quan, chức danh đánh giá (không ghi tên người)", true),
    TABLE("table", "Bảng điểm", false),
    TABLE_VERSION("table_version", "Phiên bản bảng điểm", false),
    SYNTHETIC_DATA("synthetic_data", "Dữ liệu mô phỏng, không phải số liệu thật (Y/N)", false);

    private final String key;
    private final String labelVi;
    private final boolean required;

    FormField(String key, String labelVi, boolean required) {
      this.key = key;
      this.labelVi = labelVi;
      this.required = required;
    }

    String key() {
      return key;
    }

    boolean required() {
      return required;
    }

    static @Nullable FormField of(String key) {
      String f = Text.fold(key);
      for (FormField x : values()) {
        if (x.key.equals(f)) {
          return x;
        }
      }
      return null;
    }
  }

  /**
   * A blank form for a year: the form's fields to fill (the marker, the year and the table
   * filled in), then one empty row per item of the table, in the table's order, each with its
   * criterion, its Vietnamese name and its unit.
   *
   * @param table the scoring table whose items the form lists
   * @param year the year to be assessed
   * @param separator {@code ,} or {@code ;} (Excel in a Vietnamese locale)
   * @return the CSV text, CR LF line ends, without a byte-order mark
   */
  public static String template(ScoringTable table, int year, char separator) {
    Objects.requireNonNull(table, "table must not be null");
    StringBuilder b = header(separator);
    for (FormField f : FormField.values()) {
      String value = switch (f) {
        case FORMAT_MARKER -> FORMAT;
        case VERSION_MARKER -> Integer.toString(VERSION);
        case YEAR -> Integer.toString(year);
        case TABLE -> table.getId();
        case TABLE_VERSION -> table.getVersion();
        default -> "";
      };
      if (f != FormField.SYNTHETIC_DATA) {
        field(b, f, value, separator);
      }
    }
    for (Criterion c : table.getCriteria()) {
      for (ScoringItem i : c.getItems()) {
        item(b, c.getNumber(), i, i.getId(), null, separator);
      }
    }
    return b.toString();
  }

  /**
   * A filled form: the self-assessment's fields, then one row per item of the table in the
   * table's order (an item without an entry left blank), then the entries of items the table does
   * not have. {@code read(write(s, t), t)} gives {@code s} back when its entries are in the
   * table's order, as a form read gives them.
   *
   * @param selfAssessment the self-assessment
   * @param table the scoring table whose items the form lists
   * @param separator {@code ,} or {@code ;}
   * @return the CSV text, CR LF line ends, without a byte-order mark
   */
  public static String write(SelfAssessment selfAssessment, ScoringTable table, char separator) {
    Objects.requireNonNull(selfAssessment, "selfAssessment must not be null");
    Objects.requireNonNull(table, "table must not be null");
    SelfAssessment s = selfAssessment;
    StringBuilder b = header(separator);
    for (FormField f : FormField.values()) {
      String value = switch (f) {
        case FORMAT_MARKER -> FORMAT;
        case VERSION_MARKER -> Integer.toString(VERSION);
        case COMMUNE_CODE -> s.getCommuneCode();
        case COMMUNE_NAME -> s.getCommuneName();
        case YEAR -> Integer.toString(s.getYear());
        case COMMUNE_TYPE -> s.getCommuneType().name();
        case ASSESSED_ON -> s.getAssessedOn().toString();
        case ASSESSED_BY -> s.getAssessedBy();
        case TABLE -> s.getTableId().orElse(null);
        case TABLE_VERSION -> s.getTableVersion().orElse(null);
        case SYNTHETIC_DATA -> s.isSynthetic() ? "Y" : null;
      };
      if (value != null) {
        field(b, f, value, separator);
      }
    }
    Set<String> listed = new HashSet<>();
    for (Criterion c : table.getCriteria()) {
      for (ScoringItem i : c.getItems()) {
        listed.add(i.getId());
        boolean given = false;
        for (SelfAssessmentEntry e : s.getEntries()) {
          if (e.getItemId().equals(i.getId())) {
            item(b, c.getNumber(), i, i.getId(), e, separator);
            given = true;
          }
        }
        if (!given) {
          item(b, c.getNumber(), i, i.getId(), null, separator);
        }
      }
    }
    for (SelfAssessmentEntry e : s.getEntries()) {
      if (!listed.contains(e.getItemId())) {
        item(b, null, null, e.getItemId(), e, separator);
      }
    }
    return b.toString();
  }

  /**
   * A form's text as the bytes of a file: UTF-8 with a byte-order mark, so that Excel opens it with
   * its Vietnamese letters (the reader drops the mark).
   *
   * @param csv the text, from {@link #template} or {@link #write(SelfAssessment, ScoringTable, char)}
   * @return the bytes
   */
  public static byte[] toBytes(String csv) {
    byte[] text = Objects.requireNonNull(csv, "csv must not be null").getBytes(StandardCharsets.UTF_8);
    byte[] out = new byte[BOM.length + text.length];
    System.arraycopy(BOM, 0, out, 0, BOM.length);
    System.arraycopy(text, 0, out, BOM.length, text.length);
    return out;
  }

  /**
   * Reads a form. Never throws on bad data: see {@link SelfAssessmentCsvReading}.
   *
   * @param in the bytes (not closed)
   * @param fileName the file name for locations, or null
   * @param table the scoring table: a {@code value} of {@code 1} or {@code 0} is a yes/no answer
   *     for the table's yes/no items and a number otherwise, and a trailing {@code %} is allowed for
   *     its percentages
   * @return the reading
   * @throws UncheckedIOException when the stream fails
   */
  public static SelfAssessmentCsvReading read(InputStream in, @Nullable String fileName, ScoringTable table) {
    Objects.requireNonNull(in, "in must not be null");
    Objects.requireNonNull(table, "table must not be null");
    return new SelfAssessmentCsvReader(fileName, table).read(in);
  }

  /**
   * Reads a form file.
   *
   * @param file the file
   * @param table the scoring table (see {@link #read(InputStream, String, ScoringTable)})
   * @return the reading
   * @throws UncheckedIOException when the file cannot be read
   */
  public static SelfAssessmentCsvReading read(Path file, ScoringTable table) {
    Objects.requireNonNull(file, "file must not be null");
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, String.valueOf(file.getFileName()), table);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Whether a self-assessment file is the CSV form rather than the JSON file: by its name
   * ({@code .csv}: the form; {@code .json}: JSON), otherwise by its content (JSON starts with
   * <code>{</code> after white space and a UTF-8 byte-order mark; anything else is the form).
   *
   * @param fileName the file's name, or null
   * @param head the first bytes of the file (a few are enough)
   * @return true for the CSV form
   */
  public static boolean isCsv(@Nullable String fileName, byte[] head) {
    Objects.requireNonNull(head, "head must not be null");
    String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".csv")) {
      return true;
    }
    if (name.endsWith(".json")) {
      return false;
    }
    int i = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF ? 3 : 0;
    while (i < head.length && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n')) {
      i++;
    }
    return i >= head.length || head[i] != '{';
  }

  private static StringBuilder header(char separator) {
    if (separator != ',' && separator != ';') {
      throw new IllegalArgumentException("the separator is , or ;");
    }
    StringBuilder b = new StringBuilder(4096);
    b.append(Text.record(COLUMNS, separator)).append(CRLF);
    return b;
  }

  private static void field(StringBuilder b, FormField f, String value, char separator) {
    List<String> cells = new ArrayList<>(FormColumn.values().length);
    for (FormColumn c : FormColumn.values()) {
      cells.add(switch (c) {
        case RECORD -> FORM;
        case ITEM -> f.key;
        case LABEL -> f.labelVi;
        case VALUE -> Text.neutraliseText(value);
        default -> "";
      });
    }
    b.append(Text.record(cells, separator)).append(CRLF);
  }

  private static void item(StringBuilder b, @Nullable Integer criterion, @Nullable ScoringItem item, String id,
      @Nullable SelfAssessmentEntry entry, char separator) {
    String value = "";
    String numerator = "";
    String denominator = "";
    if (entry != null) {
      ItemValue v = entry.getValue();
      switch (v.getKind()) {
        case FRACTION -> {
          numerator = Long.toString(v.getNumerator());
          denominator = Long.toString(v.getDenominator());
        }
        case NOTHING_TO_COUNT -> {
          numerator = "0";
          denominator = "0";
        }
        case YES_NO -> value = v.isYes() ? "có" : "không";
        case DECIMAL -> value = Text.decimal(v.getDecimal().orElseThrow(), separator);
      }
    }
    List<String> cells = new ArrayList<>(FormColumn.values().length);
    for (FormColumn c : FormColumn.values()) {
      cells.add(switch (c) {
        case RECORD -> ITEM;
        case CRITERION -> criterion == null ? "" : criterion.toString();
        case ITEM -> Text.neutraliseText(id);
        case LABEL -> item == null ? "" : Text.neutraliseText(label(item));
        case UNIT -> item == null ? "" : item.getUnit().getNameVi();
        case VALUE -> value;
        case NUMERATOR -> numerator;
        case DENOMINATOR -> denominator;
        case EVIDENCE -> entry == null ? "" : Text.neutraliseText(entry.getEvidence().reveal());
      });
    }
    b.append(Text.record(cells, separator)).append(CRLF);
  }

  /** The item's Vietnamese name, and where its value comes from when not from this form alone. */
  private static String label(ScoringItem item) {
    return switch (item.getInput()) {
      case REGISTER -> item.getNameVi() + " (tính từ sổ theo dõi trẻ em; chỉ ghi khi sổ không có số liệu)";
      case PROTECTION_CASES -> item.getNameVi() + " (tính từ hồ sơ bảo vệ trẻ em khi có; nếu không, ghi ở đây)";
      case SELF_ASSESSMENT -> item.getNameVi();
    };
  }

  static boolean isYesNo(ScoringTable table, String itemId) {
    return table.item(itemId).map(i -> i.getUnit() == ItemUnit.YES_NO).orElse(false);
  }

  static boolean isPercent(ScoringTable table, String itemId) {
    return table.item(itemId).map(i -> i.getUnit() == ItemUnit.PERCENT).orElse(false);
  }
}
