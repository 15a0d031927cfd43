package io.github.treem.testkit;

import io.github.treem.core.Child;
import io.github.treem.testkit.internal.ChildGenerator;
import org.apiguardian.api.API;
import org.instancio.Instancio;
import org.instancio.Model;
import org.instancio.Select;

/**
 * Instancio support (needs {@code org.instancio:instancio-core} on the test class path; the test
 * kit declares it optional). With the test kit on the class path, {@code Instancio.create(Child.class)}
 * already gives a valid synthetic child of reporting year 2020 (a service provider); this class
 * gives a {@link Model} for other years. Children are reproducible with Instancio's seed.
 *
 * <pre>{@code
 * Child child = Instancio.create(TreemInstancio.children(2021));
 * List<Child> many = Instancio.ofList(TreemInstancio.children(2021)).size(50).create();
 * }</pre>
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class TreemInstancio {
  private TreemInstancio() {}

  /**
   * A model of valid children aged 0-15 on 31 December of a reporting year.
   *
   * @param year the reporting year, 1950..2200
   * @return the model
   */
  public static Model<Child> children(int year) {
    return Instancio.of(Child.class).supply(Select.all(Child.class), new ChildGenerator(year)).toModel();
  }
}
