package io.github.treem.io.json;

import io.github.treem.core.Child;
import io.github.treem.core.validation.Issue;
import io.github.treem.core.validation.Location;
import io.github.treem.core.validation.Severity;
import io.github.treem.indicators.DataQuality;
import io.github.treem.io.ReadOptions;
import io.github.treem.io.RegisterReader;
import io.github.treem.io.RegisterRecord;
import io.github.treem.io.TextEncoding;
import io.github.treem.io.internal.RecordAssembler;
import io.github.treem.io.internal.json.JsonInput;
import io.github.treem.io.internal.json.JsonProblems;
import io.github.treem.io.internal.json.JsonValueException;
import io.github.treem.io.internal.json.UnknownPropertyCollector;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the JSON and JSON Lines register readers share: decoding one child into a candidate
 * record for the {@link RecordAssembler} (which validates, checks identifiers, counts), the file
 * issues, opening files.
 *
 * <p>Decoding follows the {@link io.github.treem.io.ReadMode}. Strict: the child is read from the
 * parser; any problem of a value rejects it. Lenient: the child is read into a tree first (its
 * limits, duplicate keys and syntax checked by the parser as in strict mode), then bound; a value
 * of the wrong type or not allowed is removed from the tree with a warning and the child bound
 * again, and so is a nested record that lost a required property (a measurement without its
 * date, ...), so that only the bad values are dropped, as the CSV reader drops bad cells. The
 * identifier, a missing identifier and a broken invariant still reject the child; so does a child
 * with more than {@value #MAX_DROPS} bad values (each drop binds the child again).
 */
abstract class JsonRegisterReaderBase implements RegisterReader {
  /** The most values dropped from one child in lenient mode. */
  static final int MAX_DROPS = 100;

  final ReadOptions options;
  final @Nullable String fileName;
  final RecordAssembler assembler;
  final List<Issue> fileIssues = new ArrayList<>();
  /** The unknown-property warnings of the child being read (lenient mode), filled by Jackson. */
  private final List<Issue> warnings = UnknownPropertyCollector.newSink();
  final ObjectReader childReader;

  JsonRegisterReaderBase(ReadOptions options) {
    this.options = Objects.requireNonNull(options, "options must not be null");
    this.fileName = options.getFileName().orElse(null);
    this.assembler = new RecordAssembler(options);
    // one value is read at a time from a longer stream: what follows it is checked by the reader
    this.childReader = JsonInput.configure(TreemJson.of(options.getMode()).readerWith(warnings).forType(Child.class)
        .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS));
  }

  /** Opens a file for the {@code open(Path, ...)} factories of the readers. */
  static InputStream newInputStream(Path file) {
    try {
      return Files.newInputStream(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@return the options with the file's name for issue locations, unless they name one} */
  static ReadOptions named(ReadOptions options, Path file) {
    Path name = file.getFileName();
    return options.getFileName().isPresent() || name == null ? options
        : ReadOptions.builder().from(options).fileName(name.toString()).build();
  }

  @Override
  public List<Issue> getFileIssues() {
    return Collections.unmodifiableList(new ArrayList<>(fileIssues));
  }

  @Override
  public DataQuality getStats() {
    return assembler.stats();
  }

  /** {@return UTF-8: JSON registers are always UTF-8} */
  @Override
  public Optional<TextEncoding> getTextEncoding() {
    return Optional.of(TextEncoding.UTF_8);
  }

  Location at(long line, @Nullable String path) {
    Location.Builder b = Location.builder();
    if (fileName != null) {
      b.file(fileName);
    }
    if (line > 0) {
      b.line(line);
    }
    if (path != null && !path.isEmpty()) {
      b.path(path);
    }
    return b.build();
  }

  void fileIssue(JsonIssueCode code, Severity severity, long line, @Nullable String path, @Nullable String detail) {
    fileIssues.add(code.issue(severity, at(line, path), detail));
    if (severity == Severity.ERROR) {
      assembler.markMalformed();
    }
  }

  /** A child decoded (null when it could not be), with the issues of its decoding. */
  record Candidate(@Nullable Child child, List<Issue> issues) {}

  /**
   * Decodes the child whose first token ({@code START_OBJECT}) the parser stands on. A problem of
   * the text (see {@link JsonProblems#isStreamProblem}) propagates; after a problem of a value in
   * strict mode the parser stands somewhere inside the child.
   *
   * @param p the parser
   * @param path the record's path ({@code children[3]}), or empty
   * @return the candidate
   * @throws JacksonException on a problem of the text
   */
  Candidate decode(JsonParser p, String path) {
    warnings.clear();
    List<Issue> issues = new ArrayList<>();
    Child child;
    if (!assembler.isLenient()) {
      try {
        child = childReader.readValue(p);
      } catch (DatabindException e) {
        issues.add(valueIssue(e, path, Severity.ERROR));
        child = null;
      }
    } else {
      child = bindDroppingBadValues(childReader.readTree(p), path, issues);
    }
    for (Issue w : warnings) {
      issues.add(w.withLocation(Location.builder().from(w.getLocation())
          .path(join(path, w.getLocation().getPath().orElse(""))).build()));
    }
    warnings.clear();
    return new Candidate(child, issues);
  }

  /**
   * The record of a candidate (validated, its identifier checked, counted).
   *
   * @param line the line where the record starts
   * @param c the candidate
   * @param path the record's path, or empty
   * @return the record
   */
  RegisterRecord assemble(long line, Candidate c, String path) {
    return assembler.assemble(line, c.child(), c.issues(), path, null);
  }

  /** A rejected record for a value that is not an object, or a problem of the text in it. */
  RegisterRecord rejected(long line, Issue issue) {
    return assembler.reject(line, List.of(issue));
  }

  /** The issue of a value's problem: no line (the assembler gives the record's), the record's path. */
  private Issue valueIssue(JacksonException e, String path, Severity severity) {
    Issue i = JsonProblems.issueOf(e, null, 0, path);
    Location l = i.getLocation();
    Location.Builder b = Location.builder();
    l.getPath().ifPresent(b::path);
    return Issue.builder().from(i).severity(severity).location(b.build()).build();
  }

  /** Lenient binding: drops each bad value (or the nested record that needs it) with a warning. */
  private @Nullable Child bindDroppingBadValues(JsonNode tree, String path, List<Issue> issues) {
    Drops drops = new Drops();
    while (true) {
      warnings.clear();
      try {
        return childReader.readValue(tree);
      } catch (DatabindException e) {
        // the element's path in the input, whatever was removed before it
        List<JacksonException.Reference> at = drops.original(tree, e.getPath());
        String original = JsonProblems.path(at, "");
        boolean droppable = e instanceof JsonValueException && !original.isEmpty() && !"id".equals(original)
            && drops.count < MAX_DROPS;
        if (!droppable || !drops.remove(tree, e.getPath(), at, original)) {
          issues.add(withPath(valueIssue(e, "", Severity.ERROR), join(path, original)));
          return null;
        }
        String missing = ((JsonValueException) e).getMissingProperty();
        if (missing == null || !drops.contains(join(original, missing))) {
          issues.add(withPath(valueIssue(e, "", Severity.WARNING), join(path, original)));
        }
      }
    }
  }

  private static Issue withPath(Issue i, String path) {
    return i.withLocation(path.isEmpty() ? Location.unknown() : Location.ofPath(path));
  }

  static String join(String prefix, String path) {
    return prefix.isEmpty() ? path : path.isEmpty() ? prefix : path.startsWith("[") ? prefix + path
        : prefix + "." + path;
  }

  /**
   * The values dropped from one child's tree. Removing an element of an array shifts the later
   * ones: each array remembers the original indexes removed from it, so that every issue names
   * the element by its index in the input.
   */
  private static final class Drops {
    private final IdentityHashMap<JsonNode, TreeSet<Integer>> removedFrom = new IdentityHashMap<>();
    private final List<String> paths = new ArrayList<>();
    int count;

    boolean contains(String originalPath) {
      return paths.contains(originalPath);
    }

    /** The references of a path of the current tree, with the original array indexes. */
    List<JacksonException.Reference> original(JsonNode tree, List<JacksonException.Reference> refs) {
      List<JacksonException.Reference> out = new ArrayList<>(refs.size());
      JsonNode node = tree;
      for (JacksonException.Reference r : refs) {
        if (r.getPropertyName() == null && r.getIndex() >= 0) {
          out.add(new JacksonException.Reference(null, originalIndex(node, r.getIndex())));
          node = node == null ? null : node.get(r.getIndex());
        } else {
          out.add(r);
          node = node == null ? null : node.get(r.getPropertyName());
        }
      }
      return out;
    }

    private int originalIndex(@Nullable JsonNode array, int index) {
      TreeSet<Integer> removed = removedFrom.get(array);
      int i = index;
      if (removed != null) {
        for (int r : removed) {
          if (r <= i) {
            i++;
          }
        }
      }
      return i;
    }

    /**
     * Removes the node at a path of the current tree (a property, or an element of an array).
     *
     * @return false when the path leads to no node (the problem is then not a droppable value)
     */
    boolean remove(JsonNode tree, List<JacksonException.Reference> refs, List<JacksonException.Reference> original,
        String originalPath) {
      JsonNode parent = tree;
      for (int k = 0; k < refs.size() - 1 && parent != null; k++) {
        JacksonException.Reference r = refs.get(k);
        parent = r.getPropertyName() != null ? parent.get(r.getPropertyName()) : parent.get(r.getIndex());
      }
      JacksonException.Reference last = refs.get(refs.size() - 1);
      if (parent instanceof ObjectNode && last.getPropertyName() != null && parent.has(last.getPropertyName())) {
        ((ObjectNode) parent).remove(last.getPropertyName());
      } else if (parent instanceof ArrayNode && last.getIndex() >= 0 && last.getIndex() < parent.size()) {
        ((ArrayNode) parent).remove(last.getIndex());
        removedFrom.computeIfAbsent(parent, a -> new TreeSet<>()).add(original.get(original.size() - 1).getIndex());
      } else {
        return false;
      }
      paths.add(originalPath);
      count++;
      return true;
    }
  }
}
