package io.github.treem.testkit.internal;

import io.github.treem.core.Child;
import io.github.treem.core.validation.Issue;
import io.github.treem.indicators.DataQuality;
import io.github.treem.io.ReadMode;
import io.github.treem.io.ReadOptions;
import io.github.treem.io.RegisterFormat;
import io.github.treem.io.RegisterReader;
import io.github.treem.io.RegisterRecord;
import io.github.treem.io.Registers;
import io.github.treem.io.Validation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything read from a register file: its issues (the file's first, then the records', in
 * order), the counts and the accepted children. Internal: not API.
 *
 * @param format the format detected
 * @param issues every issue
 * @param stats the counts
 * @param accepted the accepted children, in order
 */
public record RegisterContents(RegisterFormat format, List<Issue> issues, DataQuality stats, List<Child> accepted) {

  /**
   * Reads a register of any format.
   *
   * @param file the file
   * @param year the reporting year
   * @param referenceDate the reference date
   * @param mode the strictness
   * @param validate whether to validate each child with treem's validator
   * @return the contents
   * @throws UncheckedIOException when the file cannot be read
   */
  public static RegisterContents read(Path file, int year, LocalDate referenceDate, ReadMode mode, boolean validate) {
    RegisterFormat format;
    try (InputStream in = Files.newInputStream(file)) {
      format = Registers.detect(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // the readers validate with treem's validator at the reference date by default
    ReadOptions.Builder o = ReadOptions.builder().reportingYear(year).referenceDate(referenceDate).mode(mode)
        .validation(validate ? Validation.TREEM : Validation.NONE);
    try (RegisterReader r = Registers.open(file, o.build())) {
      List<Issue> recordIssues = new ArrayList<>();
      List<Child> accepted = new ArrayList<>();
      r.stream().forEach(rec -> collect(rec, recordIssues, accepted));
      List<Issue> all = new ArrayList<>(r.getFileIssues());
      all.addAll(recordIssues);
      return new RegisterContents(format, List.copyOf(all), r.getStats(), List.copyOf(accepted));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void collect(RegisterRecord rec, List<Issue> issues, List<Child> accepted) {
    issues.addAll(rec.getIssues());
    rec.getChild().ifPresent(accepted::add);
  }
}
