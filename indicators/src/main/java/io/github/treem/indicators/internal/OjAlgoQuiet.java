package io.github.treem.indicators.internal;

/**
 * Keeps ojAlgo from printing: a library must not write to the host's standard streams.
 *
 * <p>The first time a class of ojAlgo 55 touches {@code org.ojalgo.OjAlgoUtils}, its static
 * initialiser looks for a predefined hardware profile of the machine; when none matches, it
 * prints an eight-line notice ("ojAlgo includes a small set of predefined hardware profiles...")
 * through {@code BasicLogger.debug}, whose writer is {@code System.out}: in {@code treem report
 * --format json} that notice would land in the middle of the document. ojAlgo skips the notice
 * when the system property {@value #PROPERTY} is set (any value), as its maintainer documents
 * (ojAlgo issue #260: "Alternatively you may set the system property shut.up.ojAlgo"); the
 * default profile it then uses is the same. The other way, assigning
 * {@code OjAlgoUtils.ENVIRONMENT}, cannot run before that initialiser.
 *
 * <p>{@link #ensure()} sets the property unless the host has set it (to anything), and must run
 * before the first use of any ojAlgo class: {@link IntegerRanges}, the one class of treem that
 * uses ojAlgo, calls it from its static initialiser. A host that used ojAlgo itself before treem
 * has already had the notice, from its own use.
 */
final class OjAlgoQuiet {
  /** The system property that ojAlgo reads before printing its hardware-profile notice. */
  static final String PROPERTY = "shut.up.ojAlgo";

  private OjAlgoQuiet() {}

  /** Sets {@value #PROPERTY} to {@code true} unless it is set; idempotent, thread-safe. */
  static void ensure() {
    try {
      if (System.getProperty(PROPERTY) == null) {
        System.setProperty(PROPERTY, "true");
      }
    } catch (SecurityException e) {
      // a host that forbids it keeps ojAlgo's default behaviour: the figures are the same
    }
  }
}
