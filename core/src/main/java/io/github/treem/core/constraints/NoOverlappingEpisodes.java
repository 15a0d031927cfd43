package io.github.treem.core.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.treem.core.internal.constraints.NoOverlappingEpisodesValidator;
import io.github.treem.core.validation.Severity;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.apiguardian.api.API;

/**
 * On a {@link io.github.treem.core.Child}: no two special-circumstance episodes with the same code
 * overlap in time (an episode without a start began before any date; one without an end is
 * ongoing; episodes that share a day overlap). One violation per overlapping pair, on the later
 * episode of the list, e.g. {@code circumstances[3]}.
 *
 * <p>Issue code: {@link io.github.treem.core.validation.ValidationCode#CHILD_EPISODES_OVERLAP}. Severity: ERROR.
 *
 * @since 0.1.0
 */
@Documented
@Constraint(validatedBy = NoOverlappingEpisodesValidator.class)
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
@Repeatable(NoOverlappingEpisodes.List.class)
@API(status = API.Status.STABLE, since = "0.1")
public @interface NoOverlappingEpisodes {

  /** {@return the message template (a key of {@code ContributorValidationMessages})} */
  String message() default "{io.github.treem.core.constraints.NoOverlappingEpisodes.message}";

  /** {@return the validation groups} */
  Class<?>[] groups() default {};

  /** {@return the payload; {@link Severity.Warning} or {@link Severity.Info} lower the severity} */
  Class<? extends Payload>[] payload() default {};

  /** Several {@link NoOverlappingEpisodes} constraints on the same element. */
  @Documented
  @Target({TYPE, ANNOTATION_TYPE})
  @Retention(RUNTIME)
  @interface List {
    /** {@return the constraints} */
    NoOverlappingEpisodes[] value();
  }
}
