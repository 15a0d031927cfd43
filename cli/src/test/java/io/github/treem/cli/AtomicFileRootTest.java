package io.github.treem.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.FileSystemException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An output path that names the root of the file system ({@code -o /}) has no folder to write a
 * file in: it is refused as a file that cannot be written (exit 2, one line), not an internal error
 * (NullAway found the missing check: the root's parent is null).
 */
class AtomicFileRootTest {

  @Test
  void theRootIsNotAFile() {
    Path root = Path.of("").toAbsolutePath().getRoot();
    assertThatThrownBy(() -> AtomicFile.create(root)).isInstanceOf(FileSystemException.class)
        .hasMessageContaining("not a file");
  }

  @Test
  void validateToTheRootIsAUsageError(@TempDir Path dir) {
    Path register = dir.resolve("register.csv");
    assertThat(CliRun.of("generate", "--children", "3", "--seed", "1", register.toString()).code()).isZero();
    String root = Path.of("").toAbsolutePath().getRoot().toString();
    CliRun r = CliRun.of("validate", "--lang", "en", "-o", root, register.toString());
    assertThat(r.code()).isEqualTo(Treem.EXIT_USAGE);
    assertThat(r.err()).contains("FileSystemException").doesNotContain("internal error").doesNotContain("\tat ");
  }
}
