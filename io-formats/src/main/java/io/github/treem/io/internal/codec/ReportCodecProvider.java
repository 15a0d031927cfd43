package io.github.treem.io.internal.codec;

import io.github.treem.codec.internal.CodecProvider;
import io.github.treem.codec.internal.TypeCodec;
import io.github.treem.indicators.cfc.SelfAssessment;
import io.github.treem.io.report.ReportDocument;
import java.util.List;

/** Offers the report document's and the commune submission's codecs to JSON modules that find codecs through the service loader. */
public final class ReportCodecProvider implements CodecProvider {
  /** Creates the provider (the service loader's entry point). */
  public ReportCodecProvider() {
    // stateless
  }

  @Override
  public List<TypeCodec<?>> codecs() {
    return List.of(TypeCodec.of(ReportDocument.class, ReportCodec.DOCUMENT),
        TypeCodec.of(SubmissionCodec.Raw.class, SubmissionCodec.SUBMISSION),
        TypeCodec.of(SelfAssessment.class, SelfAssessmentCodec.SELF_ASSESSMENT));
  }
}
