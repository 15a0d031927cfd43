package io.github.treem.io.submission;

import io.github.treem.core.admin.CommuneCode;
import io.github.treem.core.validation.Language;
import io.github.treem.indicators.BreakdownDimension;
import io.github.treem.indicators.CaseIndicators;
import io.github.treem.indicators.IndicatorReport;
import io.github.treem.indicators.IndicatorResult;
import io.github.treem.indicators.ReportManifest;
import io.github.treem.io.report.ReportDocument;
import io.github.treem.io.report.ReportJson;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * What a commune sends up to its province: the counts of its indicators, unsuppressed, and
 * nothing else. A submission is the one unsuppressed output meant to leave the commune: it goes to
 * the authority that adds it up ({@link ProvinceRollUp}), never to the public, and it never holds
 * a child's record, name or id: numerators, denominators, the exclusions by reason, the breakdown
 * cells of the {@linkplain #BREAKDOWNS fixed set of breakdowns} and the data quality (rows read,
 * accepted, rejected), with the report's manifest (treem version, year, reference date, the
 * SHA-256 of every WHO table and of every register read, the options), the commune's GSO code and
 * the SHA-256 of the content ({@link #getSha256()}).
 *
 * <p>Every submission carries the same breakdowns, so that any two can be added up. A village
 * breakdown is carried for the commune's own use, but a merge drops it (villages of different
 * communes share names). Target assessments are not carried: the province assesses its own plan.
 *
 * <p>The digest is the SHA-256 (lower-case hex) of the content as
 * {@code ReportJson.of(Language.VI).write(document)} writes it in UTF-8: the same document always
 * gives the same bytes, so the digest is checked when a submission is read
 * ({@link SubmissionJson#read}) and a changed figure is refused.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class CommuneSubmission {
  /**
   * The breakdowns of every submission: village, sex, ethnicity, disability, age group and
   * special-circumstance group (not {@code area}, which a merge makes of the communes' codes, and
   * not {@code legacy_group}: its relations to the group cells, audited across a province's levels,
   * make the disclosure audit's integer programs too costly for a merge; the 2004 law's 11 groups
   * are a commune plan's view, reported from the commune's register).
   */
  public static final Set<BreakdownDimension> BREAKDOWNS = Set.copyOf(EnumSet.complementOf(EnumSet.of(BreakdownDimension.AREA,
      BreakdownDimension.SOURCE, BreakdownDimension.HARM, BreakdownDimension.STATUS, BreakdownDimension.LEGACY_GROUP)));

  /**
   * The breakdowns of a protection-case indicator in a submission: those of {@link #BREAKDOWNS}
   * that a case record gives (sex, age group and special-circumstance group; a case names no
   * village, ethnicity or disability).
   */
  public static final Set<BreakdownDimension> CASE_BREAKDOWNS =
      Set.copyOf(EnumSet.of(BreakdownDimension.SEX, BreakdownDimension.AGE, BreakdownDimension.GROUP));

  private final CommuneCode commune;
  private final Optional<String> communeName;
  private final ReportDocument document;
  private final String sha256;

  private CommuneSubmission(CommuneCode commune, Optional<String> communeName, ReportDocument document, String sha256) {
    this.commune = commune;
    this.communeName = communeName;
    this.document = document;
    this.sha256 = sha256;
  }

  /**
   * A commune's submission.
   *
   * @param commune the commune's GSO code
   * @param document the commune's report: unsuppressed, with its manifest, and with every
   *     breakdown of {@link #BREAKDOWNS} for every indicator (its target assessments are dropped)
   * @return the submission
   * @throws IllegalArgumentException when the report is suppressed, has no manifest or lacks a
   *     breakdown
   */
  public static CommuneSubmission of(CommuneCode commune, ReportDocument document) {
    Objects.requireNonNull(commune, "commune must not be null");
    Objects.requireNonNull(document, "document must not be null");
    IndicatorReport report = document.getReport();
    if (report.isSuppressed()) {
      throw new IllegalArgumentException("a submission holds the unsuppressed counts; this report is suppressed");
    }
    ReportManifest manifest = document.getManifest()
        .orElseThrow(() -> new IllegalArgumentException("a submission needs the report's manifest"));
    if (manifest.getYear() != report.getYear() || !manifest.getReferenceDate().equals(report.getReferenceDate())) {
      throw new IllegalArgumentException("the manifest is of another year or reference date than the report");
    }
    for (IndicatorResult r : report.getResults()) {
      Set<BreakdownDimension> needed = r.getIndicator() instanceof CaseIndicators ? CASE_BREAKDOWNS : BREAKDOWNS;
      if (!r.getBreakdowns().keySet().containsAll(needed)) {
        throw new IllegalArgumentException("indicator " + r.getCode() + " lacks a breakdown of a submission ("
            + needed.stream().map(BreakdownDimension::getKey).sorted().toList() + ")");
      }
    }
    // the unsuppressed counts, asked for by name: a submission goes to the province, which sums
    // them and publishes only the suppressed sums
    // with the median days to plan and its day-count histogram, when the report has case figures:
    // the province adds the histograms (an older submission, without one, merges with its median
    // reported as not available)
    ReportDocument content = ReportDocument.builder().report(report).manifest(manifest)
        .daysToPlan(document.getDaysToPlan()).unsuppressedForInternalUse(true).build();
    return new CommuneSubmission(commune, Optional.empty(), content, contentSha256(content));
  }

  /**
   * A copy naming the commune (e.g. {@code Xã Quảng Vinh}), for the reader; the name is not part
   * of the digest, and the merge takes the names from the unit data.
   *
   * @param name the commune's name
   * @return the copy
   */
  public CommuneSubmission withCommuneName(String name) {
    Objects.requireNonNull(name, "name must not be null");
    return new CommuneSubmission(commune, name.isBlank() ? Optional.empty() : Optional.of(name.strip()), document, sha256);
  }

  /**
   * The SHA-256 of a document's content, as a submission's digest is defined.
   *
   * @param document the document
   * @return lower-case hex, 64 characters
   */
  public static String contentSha256(ReportDocument document) {
    // streamed: the UTF-8 bytes go straight into the digest, never into a String (a national merge
    // checks 10,000 of them); the same bytes as ReportJson.of(Language.VI).write(document)
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
    try (DigestOutputStream out = new DigestOutputStream(OutputStream.nullOutputStream(), sha)) {
      ReportJson.of(Language.VI).write(document, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // never: the stream discards what it is given
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  /** {@return the commune's GSO code} */
  public CommuneCode getCommune() {
    return commune;
  }

  /** {@return the commune's name, when the submission gives it} */
  public Optional<String> getCommuneName() {
    return communeName;
  }

  /** {@return the content: the unsuppressed report with its manifest, without target assessments} */
  public ReportDocument getDocument() {
    return document;
  }

  /** {@return the unsuppressed report} */
  public IndicatorReport getReport() {
    return document.getReport();
  }

  /** {@return the manifest of the report} */
  public ReportManifest getManifest() {
    return document.getManifest().orElseThrow();
  }

  /** {@return the reporting year} */
  public int getYear() {
    return document.getReport().getYear();
  }

  /** {@return the reference date} */
  public LocalDate getReferenceDate() {
    return document.getReport().getReferenceDate();
  }

  /** {@return the SHA-256 of the content (see the class description)} */
  public String getSha256() {
    return sha256;
  }

  /** {@return the indicators computed, in catalogue order} */
  public List<String> getIndicatorCodes() {
    return document.getReport().getResults().stream().map(IndicatorResult::getCode).toList();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CommuneSubmission s && s.commune.equals(commune) && s.communeName.equals(communeName)
        && s.sha256.equals(sha256) && s.document.equals(document);
  }

  @Override
  public int hashCode() {
    return Objects.hash(commune, sha256);
  }

  @Override
  public String toString() {
    return "CommuneSubmission{commune=" + commune + ", year=" + getYear() + ", referenceDate=" + getReferenceDate()
        + ", sha256=" + sha256 + "}";
  }
}
