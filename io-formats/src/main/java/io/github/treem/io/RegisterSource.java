package io.github.treem.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apiguardian.api.API;

/**
 * One child register to read: a file, a stream or standard input, with the three names treem
 * gives it. Its {@linkplain #getName() name} is put in the location of every issue (as
 * {@link ReadOptions#getFileName()}); its {@linkplain #getArea() area} is its key in the
 * {@code area} breakdown of a report; its {@linkplain #getManifestName() manifest name} keys its
 * SHA-256 in the report's manifest.
 *
 * <pre>{@code
 * List<RegisterSource> sources = new ArrayList<>(RegisterSource.listFolder(Path.of("registers/2020")));
 * sources.add(RegisterSource.of(Path.of("late/19885.csv")));            // name 19885.csv, area 19885
 * sources.add(RegisterSource.of("upload-7.csv", () -> request.body()));  // any stream
 * }</pre>
 *
 * <p><b>Folders.</b> {@link #listFolder(Path)} gives the register files of a folder, in name
 * order. A register file of a folder is a regular file directly in it (sub-folders are not
 * entered; a symbolic link counts as the file it points to) whose name ends in {@code .csv},
 * {@code .json}, {@code .jsonl}, {@code .ndjson} or {@code .xlsx} (any case) and does not start with
 * {@code .}, {@code _} or {@code ~} (hidden files, Hadoop and Spark markers such as
 * {@code _SUCCESS}, office lock and backup files such as {@code ~$xa.csv}): see
 * {@link #isRegisterFileName(String)}. Name order is the order of the names' UTF-16 code units
 * ({@link String#compareTo}), the same on every machine and in every locale: {@code xa-10.csv}
 * comes before {@code xa-9.csv}; number files with leading zeros ({@code xa-09.csv}) to read them
 * in numeric order.
 *
 * <p>Implementation requirements: immutable and thread-safe; {@link #open()} may be called from
 * any thread, once per read (a source of {@link #standardInput()} can be read only once).
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class RegisterSource {
  /** The name of {@link #standardInput()} in issue locations and in the manifest. */
  public static final String STANDARD_INPUT_NAME = "<stdin>";

  private static final List<String> EXTENSIONS = List.of(".csv", ".json", ".jsonl", ".ndjson", ".xlsx");

  /** Opens a register's bytes. */
  @FunctionalInterface
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public interface Opener {
    /**
     * Opens the register.
     *
     * @return a new stream of the register's bytes, positioned at its start (the reader closes it)
     * @throws IOException when it cannot be opened
     */
    InputStream open() throws IOException;
  }

  private final String name;
  private final String area;
  private final String manifestName;
  private final Optional<Path> path;
  private final Opener opener;

  private RegisterSource(String name, String area, String manifestName, Optional<Path> path, Opener opener) {
    this.name = name;
    this.area = area;
    this.manifestName = manifestName;
    this.path = path;
    this.opener = opener;
  }

  /**
   * A register file: its name, area and manifest name are the file's name (without its folders),
   * the area without its extension ({@code registers/19885.csv}: name {@code 19885.csv}, area
   * {@code 19885}).
   *
   * @param file the file
   * @return the source
   */
  public static RegisterSource of(Path file) {
    Objects.requireNonNull(file, "file must not be null");
    String n = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    return new RegisterSource(n, areaOf(n), n, Optional.of(file), () -> Files.newInputStream(file));
  }

  /**
   * A register read from a stream: its name is the given name, its area the name without
   * extension, its manifest name the name.
   *
   * @param name the name (for example a file name), not blank
   * @param opener opens a new stream of the register's bytes for each read
   * @return the source
   */
  public static RegisterSource of(String name, Opener opener) {
    String n = requireName(name, "name");
    return new RegisterSource(n, areaOf(n), n, Optional.empty(), Objects.requireNonNull(opener, "opener must not be null"));
  }

  /**
   * The process's standard input, named {@value #STANDARD_INPUT_NAME} (area {@code stdin}). It
   * can be read once; reading does not close {@link System#in}.
   *
   * @return the source
   */
  public static RegisterSource standardInput() {
    AtomicBoolean opened = new AtomicBoolean();
    return new RegisterSource(STANDARD_INPUT_NAME, "stdin", STANDARD_INPUT_NAME, Optional.empty(), () -> {
      if (opened.getAndSet(true)) {
        throw new IOException("standard input can be read only once");
      }
      return new FilterInputStream(System.in) {
        @Override
        public void close() {
          // standard input stays open: it is the process's, not the reader's
        }
      };
    });
  }

  /**
   * The register files of a folder, in name order (see the class description for the rule).
   *
   * @param folder the folder
   * @return its register files, each as by {@link #of(Path)}; empty when it has none
   * @throws NotDirectoryException when it is not a folder
   * @throws NoSuchFileException when it does not exist
   * @throws IOException when it cannot be listed
   */
  public static List<RegisterSource> listFolder(Path folder) throws IOException {
    Objects.requireNonNull(folder, "folder must not be null");
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
      for (Path p : entries) {
        if (p.getFileName() != null && isRegisterFileName(p.getFileName().toString()) && Files.isRegularFile(p)) {
          files.add(p);
        }
      }
    }
    files.sort(Comparator.comparing(p -> p.getFileName().toString()));
    List<RegisterSource> out = new ArrayList<>(files.size());
    for (Path p : files) {
      out.add(of(p));
    }
    return List.copyOf(out);
  }

  /**
   * Files and folders as sources, in the order given, each folder replaced by its register files
   * in name order ({@link #listFolder(Path)}).
   *
   * @param filesOrFolders the paths
   * @return the sources
   * @throws NoSuchFileException when a path does not exist
   * @throws IOException when a folder cannot be listed
   */
  public static List<RegisterSource> listAll(List<Path> filesOrFolders) throws IOException {
    List<RegisterSource> out = new ArrayList<>();
    for (Path p : filesOrFolders) {
      if (Files.isDirectory(p)) {
        out.addAll(listFolder(p));
      } else if (Files.exists(p)) {
        out.add(of(p));
      } else {
        throw new NoSuchFileException(p.toString());
      }
    }
    return List.copyOf(out);
  }

  /**
   * Whether a folder's file of this name is a register file: it ends in {@code .csv},
   * {@code .json}, {@code .jsonl}, {@code .ndjson} or {@code .xlsx} (any case) and does not start with {@code .},
   * {@code _} or {@code ~}.
   *
   * @param fileName the file's name, without folders
   * @return whether {@link #listFolder(Path)} takes it
   */
  public static boolean isRegisterFileName(String fileName) {
    if (fileName.isEmpty() || ".~_".indexOf(fileName.charAt(0)) >= 0) {
      return false;
    }
    String lower = fileName.toLowerCase(Locale.ROOT);
    for (String e : EXTENSIONS) {
      if (lower.endsWith(e) && lower.length() > e.length()) {
        return true;
      }
    }
    return false;
  }

  /** {@return the name in issue locations (a file's name without its folders)} */
  public String getName() {
    return name;
  }

  /** {@return the key of this source's cell in the {@code area} breakdown} */
  public String getArea() {
    return area;
  }

  /** {@return the key of this source's SHA-256 in a report's manifest} */
  public String getManifestName() {
    return manifestName;
  }

  /** {@return the file, when the source is a file} */
  public Optional<Path> getPath() {
    return path;
  }

  /**
   * Opens the register's bytes.
   *
   * @return a new stream (the caller closes it)
   * @throws IOException when it cannot be opened
   */
  public InputStream open() throws IOException {
    return Objects.requireNonNull(opener.open(), "the opener gave no stream");
  }

  /**
   * A copy with another name in issue locations (the area and the manifest name unchanged).
   *
   * @param name the name, not blank
   * @return the copy
   */
  public RegisterSource withName(String name) {
    return new RegisterSource(requireName(name, "name"), area, manifestName, path, opener);
  }

  /**
   * A copy with another key in the {@code area} breakdown.
   *
   * @param area the key, not blank
   * @return the copy
   */
  public RegisterSource withArea(String area) {
    return new RegisterSource(name, requireName(area, "area"), manifestName, path, opener);
  }

  /**
   * A copy with another key in the manifest (for example {@code bundled:qv.csv} for a register
   * shipped inside an application).
   *
   * @param manifestName the key, not blank
   * @return the copy
   */
  public RegisterSource withManifestName(String manifestName) {
    return new RegisterSource(name, area, requireName(manifestName, "manifestName"), path, opener);
  }

  @Override
  public String toString() {
    return "RegisterSource{" + name + "}";
  }

  private static String requireName(String s, String what) {
    Objects.requireNonNull(s, what + " must not be null");
    if (s.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
    return s;
  }

  /** The area of a name: without its extension (a name starting with its only dot is kept). */
  static String areaOf(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot > 0 ? fileName.substring(0, dot) : fileName;
  }
}
