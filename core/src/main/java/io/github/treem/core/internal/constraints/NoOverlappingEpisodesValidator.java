package io.github.treem.core.internal.constraints;

import io.github.treem.core.Child;
import io.github.treem.core.CircumstanceEpisode;
import io.github.treem.core.constraints.NoOverlappingEpisodes;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;

/** Checks {@link NoOverlappingEpisodes} (internal: not API). */
public final class NoOverlappingEpisodesValidator implements ConstraintValidator<NoOverlappingEpisodes, Child> {

  /** Creates the validator (called by the Bean Validation provider). */
  public NoOverlappingEpisodesValidator() {}

  @Override
  public boolean isValid(Child child, ConstraintValidatorContext context) {
    if (child == null) {
      return true;
    }
    Violations v = new Violations(context);
    List<CircumstanceEpisode> eps = child.getCircumstances();
    for (int j = 1; j < eps.size(); j++) {
      for (int i = 0; i < j; i++) {
        if (eps.get(i).getCode().equals(eps.get(j).getCode()) && overlap(eps.get(i), eps.get(j))) {
          v.onElement("NoOverlappingEpisodes.message", "circumstances", j);
        }
      }
    }
    return v.isValid();
  }

  /** Closed intervals; a missing start is minus infinity, a missing end plus infinity. */
  static boolean overlap(CircumstanceEpisode a, CircumstanceEpisode b) {
    boolean aStartsAfterBEnds = a.getStartedOn().isPresent() && b.getEndedOn().isPresent()
        && a.getStartedOn().get().isAfter(b.getEndedOn().get());
    boolean bStartsAfterAEnds = b.getStartedOn().isPresent() && a.getEndedOn().isPresent()
        && b.getStartedOn().get().isAfter(a.getEndedOn().get());
    return !aStartsAfterBEnds && !bStartsAfterAEnds;
  }
}
