package org.example.commune;

import io.github.treem.core.Child;
import io.github.treem.core.plan.Plan;
import io.github.treem.core.validation.ValidationReport;
import io.github.treem.indicators.DataQuality;
import io.github.treem.io.html.HtmlReport;
import io.github.treem.io.json.TreemJson;
import io.github.treem.io.report.ReportDocument;
import io.github.treem.spring.TreemReport;
import io.github.treem.spring.TreemReports;
import io.github.treem.spring.TreemValidators;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/** Validates children, takes the register, shows the report. */
@RestController
public class RegisterController {
  private final TreemValidators validators;
  private final TreemReports reports;
  private final Plan plan = TreemJson.bundledPlan("quang-vinh-2020");
  private final AtomicReference<TreemReport> last = new AtomicReference<>();

  public RegisterController(TreemValidators validators, TreemReports reports) {
    this.validators = validators;
    this.reports = reports;
  }

  @PostMapping(path = "/children/validate", consumes = MediaType.APPLICATION_JSON_VALUE)
  public ValidationReport validate(@RequestBody Child child) {
    return validators.validate(child);
  }

  @GetMapping(path = "/plan", produces = MediaType.APPLICATION_JSON_VALUE)
  public Plan plan() {
    return plan;
  }

  @PostMapping(path = "/registers", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  public Counts upload(@RequestParam("file") MultipartFile file) throws IOException {
    TreemReport report;
    try (InputStream in = file.getInputStream()) {
      report = reports.read(plan, in, file.getOriginalFilename());
    }
    last.set(report);
    DataQuality q = report.getDataQuality();
    return new Counts(q.getRowsRead(), q.getRowsAccepted(), q.getRowsRejected()); // the application's own mapper writes it
  }

  @GetMapping(path = "/report", produces = MediaType.APPLICATION_JSON_VALUE)
  public ReportDocument reportJson() {
    return lastReport().getDocument();
  }

  @GetMapping(path = "/report", produces = MediaType.TEXT_HTML_VALUE)
  public HtmlReport reportHtml() {
    return lastReport().getHtml();
  }

  private TreemReport lastReport() {
    TreemReport r = last.get();
    if (r == null) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no register uploaded yet");
    }
    return r;
  }

  /** The counts of the rows read: read = accepted + rejected. */
  public record Counts(long rowsRead, long rowsAccepted, long rowsRejected) {}
}
