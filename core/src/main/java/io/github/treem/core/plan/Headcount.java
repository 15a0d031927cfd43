package io.github.treem.core.plan;

import io.github.treem.core.internal.TreemStyle;
import java.util.OptionalLong;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * How many people of one kind an activity reached: the total, and by sex where known. People who
 * attend two activities are counted twice (attendances, "lượt người").
 *
 * <pre>{@code
 * Headcount.of(120);          // 120, sex not recorded
 * Headcount.of(120, 58, 62);  // 120: 58 female, 62 male
 * Headcount.bySex(58, 62);    // the same
 * }</pre>
 *
 * <p>No invariant on the numbers: a count read from a log is kept as written, and
 * {@link ActivityValidator} reports a negative count or a sex breakdown above the total.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@TreemStyle
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public abstract class Headcount {
  Headcount() {}

  /** {@return the number of people} */
  public abstract long getTotal();

  /** {@return the number of females (girls, women), if recorded} */
  public abstract OptionalLong getFemale();

  /** {@return the number of males (boys, men), if recorded} */
  public abstract OptionalLong getMale();

  /**
   * A count without sex.
   *
   * @param total the number of people
   * @return the count
   */
  public static Headcount of(long total) {
    return builder().total(total).build();
  }

  /**
   * A count with both sexes.
   *
   * @param total the number of people
   * @param female the number of females
   * @param male the number of males
   * @return the count
   */
  public static Headcount of(long total, long female, long male) {
    return builder().total(total).female(female).male(male).build();
  }

  /**
   * A count by sex, whose total is their sum.
   *
   * @param female the number of females
   * @param male the number of males
   * @return the count
   */
  public static Headcount bySex(long female, long male) {
    return of(female + male, female, male);
  }

  /** {@return whether both sexes are recorded} */
  public boolean isBySex() {
    return getFemale().isPresent() && getMale().isPresent();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Headcount}. */
  public static final class Builder extends ImmutableHeadcount.Builder {
    Builder() {}
  }
}
