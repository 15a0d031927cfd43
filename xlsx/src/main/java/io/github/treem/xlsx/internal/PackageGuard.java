package io.github.treem.xlsx.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Enumeration;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.jspecify.annotations.Nullable;

/**
 * Looks at a file before FastExcel opens it, so that what FastExcel then reads is bounded: what
 * kind of file it is (a zip, an OLE2 compound file, XML Spreadsheet 2003, anything else), and for
 * a zip, every XML part expanded once while counting (the sizes a zip declares may lie): the
 * number of parts, the expanded size of all XML parts together, the compression ratio of each part
 * past 1 MiB, a DOCTYPE in any part's prolog (no DTD, so no external entity, is ever read), and
 * the strings and bytes of the shared-strings table. The time is one inflation of at most the
 * expanded-size limit; the memory a few buffers.
 */
public final class PackageGuard {
  private static final int GRACE = 1 << 20;
  private static final Pattern SHARED_STRINGS = Pattern.compile(
      "<Override[^>]*PartName=\"/?([^\"]+)\"[^>]*ContentType=\"[^\"]*spreadsheetml\\.sharedStrings\\+xml\"");

  private static final Pattern DATE_1904 = Pattern.compile("<(\\w+:)?workbookPr\\b[^>]*\\bdate1904=\"(1|true)\"");

  private PackageGuard() {}

  /** What is wrong: the code's name (a {@code WorkbookIssueCode}) and a detail (no personal data). */
  public record Finding(String code, @Nullable String detail) {}

  /**
   * What the guard found.
   *
   * @param finding what is wrong, or null when FastExcel may read the file
   * @param date1904 whether the workbook uses the 1904 date system (FastExcel 0.19 reads
   *     {@code date1904="1"}, which Excel writes, as false)
   */
  public record Result(@Nullable Finding finding, boolean date1904) {}

  /** The limits. */
  public record Limits(long maxFileSize, int maxEntries, long maxExpandedSize, int maxRatio, int maxSharedStrings,
      long maxSharedStringsSize) {}

  /**
   * Checks a file.
   *
   * @param file the file
   * @param limits the limits
   * @return what is wrong, if anything, and the date system
   * @throws IOException on an I/O error
   */
  public static Result check(Path file, Limits limits) throws IOException {
    Scan[] workbookPart = {null};
    Finding f = find(file, limits, workbookPart);
    boolean date1904 = workbookPart[0] != null && DATE_1904.matcher(workbookPart[0].text).find();
    return new Result(f, date1904);
  }

  private static @Nullable Finding find(Path file, Limits limits, Scan[] workbookPart) throws IOException {
    long size = Files.size(file);
    if (size > limits.maxFileSize()) {
      return new Finding("WORKBOOK_TOO_LARGE", "file of " + size + " bytes, limit " + limits.maxFileSize());
    }
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(4096);
    }
    if (Ole2Directory.isOle2(head)) {
      return ole2(file);
    }
    if (head.length < 4 || head[0] != 'P' || head[1] != 'K' || head[2] != 3 || head[3] != 4) {
      String text = new String(head, StandardCharsets.ISO_8859_1);
      if (text.contains("urn:schemas-microsoft-com:office:spreadsheet")) {
        return new Finding("WORKBOOK_XML_SPREADSHEET", null);
      }
      return new Finding("WORKBOOK_NOT_A_WORKBOOK", null);
    }
    try (ZipFile zip = new ZipFile(file.toFile())) {
      return zip(zip, limits, workbookPart);
    } catch (java.util.zip.ZipException e) {
      return new Finding("WORKBOOK_MALFORMED", "broken zip");
    }
  }

  private static Finding ole2(Path file) {
    Set<String> names;
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      names = Ole2Directory.names(ch);
    } catch (IOException e) {
      return new Finding("WORKBOOK_NOT_A_WORKBOOK", "damaged OLE2 file");
    }
    if (names.contains("EncryptionInfo") || names.contains("EncryptedPackage")) {
      return new Finding("WORKBOOK_ENCRYPTED", null);
    }
    if (names.contains("Workbook") || names.contains("Book")) {
      return new Finding("WORKBOOK_XLS", null);
    }
    return new Finding("WORKBOOK_NOT_A_WORKBOOK", "an OLE2 file (e.g. a Word document)");
  }

  private static @Nullable Finding zip(ZipFile zip, Limits limits, Scan[] workbookPart) throws IOException {
    if (zip.size() > limits.maxEntries()) {
      return new Finding("WORKBOOK_TOO_LARGE", zip.size() + " parts, limit " + limits.maxEntries());
    }
    String sharedStrings = "xl/sharedStrings.xml";
    ZipEntry types = zip.getEntry("[Content_Types].xml");
    long[] total = {0};
    if (types != null) {
      Scan s = new Scan(false);
      Finding f = scan(zip, types, limits, total, s);
      if (f != null) {
        return f;
      }
      Matcher m = SHARED_STRINGS.matcher(s.text);
      if (m.find()) {
        sharedStrings = m.group(1);
      }
    }
    Enumeration<? extends ZipEntry> entries = zip.entries();
    while (entries.hasMoreElements()) {
      ZipEntry e = entries.nextElement();
      String name = e.getName();
      if (e.isDirectory() || e == types || name.equals("[Content_Types].xml")
          || !(name.endsWith(".xml") || name.endsWith(".rels"))) {
        continue;
      }
      boolean sst = name.equals(sharedStrings);
      Scan s = new Scan(sst);
      Finding f = scan(zip, e, limits, total, s);
      if (f != null) {
        return f;
      }
      if (name.endsWith("workbook.xml")) {
        workbookPart[0] = s;
      }
      if (sst && s.bytes > limits.maxSharedStringsSize()) {
        return new Finding("WORKBOOK_SHARED_STRINGS_LIMIT", s.bytes + " bytes, limit " + limits.maxSharedStringsSize());
      }
    }
    return null;
  }

  /** The state of the scan of one part. */
  private static final class Scan {
    final boolean sharedStrings;
    long bytes;
    long strings;
    /** The first 64 KiB of [Content_Types].xml (its overrides) and of workbook.xml (its date system). */
    String text = "";

    Scan(boolean sharedStrings) {
      this.sharedStrings = sharedStrings;
    }
  }

  private static @Nullable Finding scan(ZipFile zip, ZipEntry e, Limits limits, long[] total, Scan s) throws IOException {
    long compressed = Math.max(e.getCompressedSize(), 1);
    byte[] buf = new byte[65_536];
    try (InputStream in = zip.getInputStream(e)) {
      int n = in.readNBytes(buf, 0, buf.length);
      Finding prolog = prolog(buf, n, e.getName());
      if (prolog != null) {
        return prolog;
      }
      if (e.getName().equals("[Content_Types].xml") || e.getName().endsWith("workbook.xml")) {
        s.text = new String(buf, 0, n, StandardCharsets.UTF_8);
      }
      int carry = 0;
      while (n > 0) {
        s.bytes += n - carry;
        total[0] += n - carry;
        if (total[0] > limits.maxExpandedSize()) {
          return new Finding("WORKBOOK_TOO_LARGE", "XML parts expand past " + limits.maxExpandedSize() + " bytes");
        }
        if (s.bytes > GRACE && s.bytes > (long) limits.maxRatio() * compressed) {
          return new Finding("WORKBOOK_COMPRESSION_RATIO", e.getName() + " expands more than " + limits.maxRatio()
              + " times");
        }
        if (s.sharedStrings) {
          s.strings += countStrings(buf, n, carry);
          if (s.strings > limits.maxSharedStrings()) {
            return new Finding("WORKBOOK_SHARED_STRINGS_LIMIT", "more than " + limits.maxSharedStrings() + " strings");
          }
          if (s.bytes > limits.maxSharedStringsSize()) {
            return new Finding("WORKBOOK_SHARED_STRINGS_LIMIT", "more than " + limits.maxSharedStringsSize() + " bytes");
          }
        }
        // keep the last bytes, so that a tag cut by the buffer is counted once
        carry = Math.min(n, 16);
        System.arraycopy(buf, n - carry, buf, 0, carry);
        int read = in.readNBytes(buf, carry, buf.length - carry);
        n = read == 0 ? 0 : carry + read;
      }
    } catch (java.util.zip.ZipException ex) {
      return new Finding("WORKBOOK_MALFORMED", "broken part " + e.getName());
    }
    return null;
  }

  /** Counts the start tags {@code <si>} (with any prefix) that end after {@code from}. */
  private static int countStrings(byte[] b, int n, int from) {
    int count = 0;
    for (int i = 0; i + 3 < n; i++) {
      if (b[i] != '<' || b[i + 1] == '/') {
        continue;
      }
      int j = i + 1;
      int k = j;
      while (k < n && k - j < 16 && (Character.isLetterOrDigit(b[k]) || b[k] == '_' || b[k] == '-' || b[k] == '.')) {
        k++;
      }
      if (k < n && b[k] == ':') {
        j = k + 1;
      }
      if (j + 2 < n && b[j] == 's' && b[j + 1] == 'i' && (b[j + 2] == '>' || b[j + 2] == '/' || b[j + 2] == ' ')
          && j + 2 >= from) {
        count++;
      }
    }
    return count;
  }

  /**
   * Looks at the prolog of a part (before its first element): a DOCTYPE is refused; a prolog past
   * the first 64 KiB is refused as malformed (no real part has one).
   */
  private static @Nullable Finding prolog(byte[] b, int n, String name) {
    Charset cs = StandardCharsets.UTF_8;
    int start = 0;
    if (n >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      cs = StandardCharsets.UTF_16LE;
      start = 2;
    } else if (n >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      cs = StandardCharsets.UTF_16BE;
      start = 2;
    }
    String t = new String(b, start, n - start, cs);
    int i = 0;
    while (true) {
      int lt = t.indexOf('<', i);
      if (lt < 0 || lt + 1 >= t.length()) {
        return n == 0 ? null : new Finding("WORKBOOK_MALFORMED", "no element in the first 64 KiB of " + name);
      }
      char c = t.charAt(lt + 1);
      if (c == '?') {
        int end = t.indexOf("?>", lt);
        if (end < 0) {
          return new Finding("WORKBOOK_MALFORMED", "XML declaration not closed in " + name);
        }
        i = end + 2;
      } else if (t.startsWith("<!--", lt)) {
        int end = t.indexOf("-->", lt);
        if (end < 0) {
          return new Finding("WORKBOOK_MALFORMED", "comment not closed in " + name);
        }
        i = end + 3;
      } else if (c == '!') {
        return new Finding("WORKBOOK_XML_DOCTYPE", name);
      } else {
        return null; // the first element: the prolog is over
      }
    }
  }
}
