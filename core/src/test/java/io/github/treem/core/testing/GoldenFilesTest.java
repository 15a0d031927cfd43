package io.github.treem.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

@ResourceLock(Resources.SYSTEM_PROPERTIES)
class GoldenFilesTest {
  @TempDir
  Path dir;

  @AfterEach
  void clear() {
    System.clearProperty(GoldenFiles.UPDATE_PROPERTY);
    System.clearProperty("treem.updateGolden");
  }

  @Test
  void aNormalRunOnlyReadsTheGoldenFile() throws IOException {
    Path file = dir.resolve("a.txt");
    Files.writeString(file, "golden\n", StandardCharsets.UTF_8);
    assertThat(GoldenFiles.updating()).isFalse();
    assertThat(GoldenFiles.expected(file, "changed\n")).isEqualTo("golden\n");
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("golden\n");
  }

  @Test
  void anUpdateRunWritesTheOutputFirstCreatingFolders() throws IOException {
    System.setProperty(GoldenFiles.UPDATE_PROPERTY, "true");
    Path file = dir.resolve("new/sub/b.txt");
    assertThat(GoldenFiles.expected(file, "Thôn 1\n")).isEqualTo("Thôn 1\n");
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("Thôn 1\n");
    assertThat(GoldenFiles.expectedLines(dir.resolve("c.txt"), List.of("x", "y"))).containsExactly("x", "y");
    assertThat(GoldenFiles.expected(dir.resolve("d.bin"), new byte[] {1, 2})).containsExactly(1, 2);
  }

  @Test
  void aRetiredNameIsRefusedNotIgnored() {
    System.setProperty("treem.updateGolden", "true");
    assertThatThrownBy(GoldenFiles::updating).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("-Dtreem.golden.update=true");
  }
}
