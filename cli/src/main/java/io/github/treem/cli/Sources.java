package io.github.treem.cli;

import io.github.treem.core.validation.Language;
import io.github.treem.io.RegisterSource;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The registers named on a command line: a file, a folder (its register files, in name order, as
 * {@link RegisterSource#listFolder} defines them) or {@code -} for standard input (once).
 */
final class Sources {
  private Sources() {}

  /**
   * Resolves the arguments, reporting on err every one that names nothing readable.
   *
   * @param args the arguments
   * @param err standard error
   * @param name the command, to prefix lines
   * @param lang the language
   * @param namesAsGiven whether each register is named in issues by its path as given (see below)
   * @return the registers, or empty when some argument is wrong (usage error, reported)
   */
  static Optional<List<RegisterSource>> resolve(List<String> args, PrintWriter err, String name, Language lang,
      boolean namesAsGiven) {
    List<RegisterSource> out = new ArrayList<>();
    boolean ok = true;
    boolean stdin = false;
    for (String a : args) {
      if (a.equals("-")) {
        if (stdin) {
          err.println(name + ": " + Texts.t(lang, "chỉ đọc được đầu vào chuẩn (-) một lần",
              "standard input (-) can be read only once"));
          ok = false;
        }
        stdin = true;
        out.add(RegisterSource.standardInput());
        continue;
      }
      Optional<List<RegisterSource>> r = resolve(a, err, name, lang, namesAsGiven);
      if (r.isPresent()) {
        out.addAll(r.get());
      } else {
        ok = false;
      }
    }
    return ok ? Optional.of(List.copyOf(out)) : Optional.empty();
  }

  /**
   * Resolves one file or folder argument.
   *
   * @param arg the argument
   * @param err standard error
   * @param name the command
   * @param lang the language
   * @param namesAsGiven whether each register is named in issues by its path as given (the
   *     argument, or the folder's path joined with the file's name) rather than its file name
   * @return the registers, or empty when the argument names nothing readable (reported)
   */
  static Optional<List<RegisterSource>> resolve(String arg, PrintWriter err, String name, Language lang,
      boolean namesAsGiven) {
    Path p;
    try {
      p = Path.of(arg);
    } catch (InvalidPathException e) {
      err.println(name + ": " + Texts.t(lang, "tên tệp không dùng được (hãy đặt LC_ALL=C.UTF-8): ",
          "a file name that cannot be used (set LC_ALL=C.UTF-8): ") + arg);
      return Optional.empty();
    }
    if (Files.isDirectory(p)) {
      List<RegisterSource> files;
      try {
        files = RegisterSource.listFolder(p);
      } catch (IOException e) {
        err.println(name + ": " + Texts.t(lang, "không đọc được thư mục: ", "cannot read folder: ") + arg);
        return Optional.empty();
      }
      if (files.isEmpty()) {
        err.println(name + ": " + Texts.t(lang, "thư mục không có tệp sổ nào (.csv, .json, .jsonl, .ndjson): ",
            "no register file (.csv, .json, .jsonl, .ndjson) in folder: ") + arg);
        return Optional.empty();
      }
      if (namesAsGiven) {
        List<RegisterSource> named = new ArrayList<>(files.size());
        for (RegisterSource s : files) {
          named.add(s.withName(p.resolve(s.getName()).toString()));
        }
        return Optional.of(named);
      }
      return Optional.of(files);
    }
    if (!Files.isRegularFile(p)) {
      err.println(name + ": " + Texts.t(lang, "không có tệp hoặc thư mục: ", "no such file or folder: ") + arg);
      return Optional.empty();
    }
    if (!Files.isReadable(p)) {
      err.println(name + ": " + Texts.t(lang, "không đọc được tệp: ", "cannot read file: ") + arg);
      return Optional.empty();
    }
    RegisterSource s = RegisterSource.of(p);
    return Optional.of(List.of(namesAsGiven ? s.withName(arg) : s));
  }
}
