package io.github.treem.io;

import io.github.treem.core.validation.Issue;
import io.github.treem.core.validation.Location;
import io.github.treem.core.validation.Severity;
import io.github.treem.indicators.DataQuality;
import io.github.treem.io.internal.RegisterOpeners;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * Opens a child register file of any supported format, telling the formats apart by content:
 * a zip (or an old Excel file) is a workbook; after an optional UTF-8 byte-order mark and white
 * space, a bracket means JSON; a brace means JSON when {@code "format": "treem-register"} appears
 * in the first MiB (unless the first line is one complete object without {@code "children"}: the
 * header line of a JSON Lines register), JSON Lines when the first line is one complete object;
 * anything else is CSV
 * (see {@link #detect(InputStream)}). Workbooks are read when the treem-xlsx module is on the
 * class or module path (else they get a {@code REGISTER_FORMAT_UNSUPPORTED} file issue).
 *
 * <pre>{@code
 * try (RegisterReader r = Registers.open(Path.of("qv.csv"), ReadOptions.of(2020))) {
 *   r.stream().forEach(...);
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class Registers {
  private static final int PEEK = 1 << 20;

  private Registers() {}

  /**
   * Opens a register file. The file name (not its path) is used in issue locations unless the
   * options name one.
   *
   * @param file the file
   * @param options the options
   * @return the reader
   * @throws IOException when the file cannot be opened
   */
  public static RegisterReader open(Path file, ReadOptions options) throws IOException {
    Objects.requireNonNull(file, "file must not be null");
    ReadOptions o = options.getFileName().isPresent() || file.getFileName() == null ? options
        : ReadOptions.builder().from(options).fileName(file.getFileName().toString()).build();
    return open(Files.newInputStream(file), o);
  }

  /**
   * Opens a register from a stream.
   *
   * @param in the bytes (closed by the reader)
   * @param options the options
   * @return the reader
   * @throws UncheckedIOException on an I/O error
   */
  public static RegisterReader open(InputStream in, ReadOptions options) {
    BufferedInputStream b = new BufferedInputStream(in, 65_536);
    RegisterFormat format;
    try {
      b.mark(PEEK + 16);
      format = detect(b);
      b.reset();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return RegisterOpeners.open(format, b, options).orElseGet(() -> new Unsupported(b, options, format));
  }

  /**
   * Tells the format of a stream by its first bytes (reads at most 1 MiB of it): a zip's
   * signature ({@code PK\3\4}) or an OLE2 compound file's (an Excel 97-2003 or a
   * password-protected workbook) means {@link RegisterFormat#XLSX}; after an optional
   * byte-order mark and white space, &#91; means JSON; &#123; means JSON when a
   * {@code "format": "treem-register"} property is seen in the first MiB, JSON Lines when the
   * first line is one complete object or longer than 1 MiB, JSON otherwise; anything else is CSV.
   *
   * @param in the stream, positioned at the start (the bytes read are consumed)
   * @return the format
   * @throws IOException on an I/O error
   */
  public static RegisterFormat detect(InputStream in) throws IOException {
    int c = in.read();
    int n = 1;
    if (c == 'P' || c == 0xD0) {
      byte[] magic = new byte[3];
      int m = in.readNBytes(magic, 0, 3);
      n += m;
      if (m == 3 && ((c == 'P' && magic[0] == 'K' && magic[1] == 3 && magic[2] == 4)
          || (c == 0xD0 && (magic[0] & 0xFF) == 0xCF && magic[1] == 0x11 && (magic[2] & 0xFF) == 0xE0))) {
        return RegisterFormat.XLSX;
      }
      return RegisterFormat.CSV;
    }
    if (c == 0xEF) {
      in.read();
      in.read();
      c = in.read();
      n += 3;
    }
    while ((c == ' ' || c == '\t' || c == '\r' || c == '\n') && n < PEEK) {
      c = in.read();
      n++;
    }
    if (c != '{' && c != '[') {
      return RegisterFormat.CSV;
    }
    if (c == '[') {
      return RegisterFormat.JSON;
    }
    byte[] head = new byte[PEEK - n + 1];
    head[0] = (byte) c;
    int len = 1 + in.readNBytes(head, 1, head.length - 1);
    String text = new String(head, 0, len, StandardCharsets.UTF_8);
    int eol = text.indexOf('\n');
    if (REGISTER_FORMAT.matcher(text).find()) {
      // a JSON Lines file's header line names the format too, but holds no children
      String first = eol < 0 ? text : text.substring(0, eol);
      return isOneObject(first) && REGISTER_FORMAT.matcher(first).find() && !CHILDREN.matcher(first).find()
          ? RegisterFormat.JSON_LINES : RegisterFormat.JSON;
    }
    if (eol < 0 && len == head.length) {
      return RegisterFormat.JSON_LINES;
    }
    return isOneObject(eol < 0 ? text : text.substring(0, eol)) ? RegisterFormat.JSON_LINES : RegisterFormat.JSON;
  }

  private static final Pattern REGISTER_FORMAT = Pattern.compile("\"format\"\\s*:\\s*\"treem-register\"");
  private static final Pattern CHILDREN = Pattern.compile("\"children\"\\s*:");

  /** Whether a line is exactly one JSON object (braces balanced outside strings). */
  private static boolean isOneObject(String line) {
    int depth = 0;
    boolean inString = false;
    for (int i = 0; i < line.length(); i++) {
      char ch = line.charAt(i);
      if (inString) {
        if (ch == '\\') {
          i++;
        } else if (ch == '"') {
          inString = false;
        }
      } else if (ch == '"') {
        inString = true;
      } else if (ch == '{' || ch == '[') {
        depth++;
      } else if (ch == '}' || ch == ']') {
        depth--;
        if (depth == 0) {
          return line.substring(i + 1).isBlank();
        }
      }
    }
    return false;
  }

  /** A reader of a format this build cannot read: one file issue, no record. */
  private static final class Unsupported implements RegisterReader {
    private final InputStream in;
    private final List<Issue> issues;

    Unsupported(InputStream in, ReadOptions options, RegisterFormat format) {
      this.in = in;
      this.issues = List.of(RegisterIssueCode.REGISTER_FORMAT_UNSUPPORTED.issue(Severity.ERROR,
          Location.builder().file(options.getFileName()).build(), format.toString()));
    }

    @Override
    public Optional<RegisterRecord> next() {
      return Optional.empty();
    }

    @Override
    public List<Issue> getFileIssues() {
      return issues;
    }

    @Override
    public DataQuality getStats() {
      return DataQuality.of(0, 0, 0, true);
    }

    @Override
    public void close() {
      try {
        in.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
