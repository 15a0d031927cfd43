package io.github.treem.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegisterSourceTest {
  @TempDir Path dir;

  @Test
  void aFileIsNamedByItsFileNameAndItsAreaHasNoExtension() throws IOException {
    Path f = dir.resolve("19885.csv");
    Files.writeString(f, "child_id\n");
    RegisterSource s = RegisterSource.of(f);
    assertThat(s.getName()).isEqualTo("19885.csv");
    assertThat(s.getArea()).isEqualTo("19885");
    assertThat(s.getManifestName()).isEqualTo("19885.csv");
    assertThat(s.getPath()).contains(f);
    try (InputStream in = s.open()) {
      assertThat(in.readAllBytes()).isEqualTo("child_id\n".getBytes(StandardCharsets.US_ASCII));
    }
    RegisterSource renamed = s.withName("x/19885.csv").withArea("Xã 1").withManifestName("bundled:19885.csv");
    assertThat(renamed.getName()).isEqualTo("x/19885.csv");
    assertThat(renamed.getArea()).isEqualTo("Xã 1");
    assertThat(renamed.getManifestName()).isEqualTo("bundled:19885.csv");
    assertThat(RegisterSource.of(".hidden", () -> InputStream.nullInputStream()).getArea()).isEqualTo(".hidden");
    assertThat(RegisterSource.of("a.b.jsonl", () -> InputStream.nullInputStream()).getArea()).isEqualTo("a.b");
    assertThatThrownBy(() -> s.withArea(" ")).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @CsvSource({
      "xa.csv,true", "XA.CSV,true", "xa.json,true", "xa.jsonl,true", "xa.ndjson,true", "Thôn 1.csv,true",
      ".xa.csv,false", "_SUCCESS,false", "_xa.csv,false", "~$xa.csv,false", "xa.csv.tmp,false", "xa.txt,false",
      "xa.xlsx,true", "~$xa.xlsx,false", "xa.xls,false", ".csv,false", "csv,false", "xa.csv~,false"})
  void theRuleOfWhatCountsAsARegisterFile(String name, boolean counts) {
    assertThat(RegisterSource.isRegisterFileName(name)).isEqualTo(counts);
  }

  @Test
  void aFolderGivesItsRegisterFilesInNameOrderNotItsSubFolders() throws IOException {
    for (String n : List.of("xa-9.csv", "xa-10.csv", "b.jsonl", "A.json", "notes.txt", ".xa-1.csv.1234.tmp",
        "~$xa-9.csv", "_SUCCESS", "Ä.csv")) {
      Files.writeString(dir.resolve(n), "child_id\n");
    }
    Files.createDirectories(dir.resolve("sub.csv"));
    Files.writeString(dir.resolve("sub.csv").resolve("inner.csv"), "child_id\n");
    List<RegisterSource> sources = RegisterSource.listFolder(dir);
    // UTF-16 order: upper case before lower case, digits by character, non-ASCII last
    assertThat(sources).extracting(RegisterSource::getName)
        .containsExactly("A.json", "b.jsonl", "xa-10.csv", "xa-9.csv", "Ä.csv");
    assertThat(sources.get(0).getPath()).contains(dir.resolve("A.json"));
  }

  @Test
  void listAllKeepsTheOrderGivenAndExpandsFolders() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("communes"));
    Files.writeString(folder.resolve("b.csv"), "x\n");
    Files.writeString(folder.resolve("a.csv"), "x\n");
    Path single = Files.writeString(dir.resolve("z.csv"), "x\n");
    assertThat(RegisterSource.listAll(List.of(single, folder))).extracting(RegisterSource::getName)
        .containsExactly("z.csv", "a.csv", "b.csv");
    assertThatThrownBy(() -> RegisterSource.listAll(List.of(dir.resolve("none.csv"))))
        .isInstanceOf(NoSuchFileException.class);
    assertThatThrownBy(() -> RegisterSource.listFolder(single)).isInstanceOf(NotDirectoryException.class);
    assertThat(RegisterSource.listFolder(Files.createDirectories(dir.resolve("empty")))).isEmpty();
  }

  @Test
  void standardInputIsReadOnceAndLeftOpen() throws IOException {
    InputStream saved = System.in;
    boolean[] closed = {false};
    try {
      System.setIn(new ByteArrayInputStream("abc".getBytes(StandardCharsets.US_ASCII)) {
        @Override
        public void close() {
          closed[0] = true;
        }
      });
      RegisterSource s = RegisterSource.standardInput();
      assertThat(s.getName()).isEqualTo(RegisterSource.STANDARD_INPUT_NAME).isEqualTo("<stdin>");
      assertThat(s.getArea()).isEqualTo("stdin");
      try (InputStream in = s.open()) {
        assertThat(in.readAllBytes()).hasSize(3);
      }
      assertThat(closed[0]).isFalse();
      assertThatThrownBy(s::open).isInstanceOf(IOException.class);
    } finally {
      System.setIn(saved);
    }
  }
}
