package io.github.treem.examples;

import io.github.treem.core.BirthRegistration;
import io.github.treem.core.Child;
import io.github.treem.core.taxonomy.Sex;
import java.time.LocalDate;

/** Builds a child with its birth registration, as a commune application would. */
public final class ExampleChildWithBuilder {
  private ExampleChildWithBuilder() {}

  /**
   * Runs the example.
   *
   * @param args unused
   */
  public static void main(String[] args) {
    Child child = Child.builder()
        .id("QV-0001")
        .sex(Sex.FEMALE)
        .dateOfBirth(LocalDate.of(2018, 3, 14))
        .birthRegistration(BirthRegistration.of(LocalDate.of(2018, 4, 2)))
        .build();
    System.out.println(child);
  }
}
