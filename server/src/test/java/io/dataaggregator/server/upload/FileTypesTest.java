package io.dataaggregator.server.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FileTypesTest {
  private static boolean fits(String name, byte[] head) {
    return FileTypes.problemWithContent(name, head, head.length).isEmpty();
  }

  private static byte[] text(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void acceptsTheTypesSourcesReadByName() {
    for (String name :
        new String[] {
          "a.csv",
          "A.TSV",
          "b.json",
          "c.jsonl",
          "d.xml",
          "e.xlsx",
          "f.parquet",
          "g.csv.gz",
          "h.jsonl.gz"
        }) {
      assertThat(FileTypes.problemWithName(name)).as(name).isEmpty();
    }
    assertThat(FileTypes.problemWithName("run.exe")).get().asString().contains("allowed");
    assertThat(FileTypes.problemWithName("noextension")).isPresent();
    assertThat(FileTypes.problemWithName("backup.tar.gz")).get().asString().contains("data.csv.gz");
  }

  @Test
  void tellsContentByItsFirstBytes() {
    assertThat(fits("a.csv", text("id,name\n1,Ann\n"))).isTrue();
    assertThat(fits("a.csv", new byte[] {0x7f, 'E', 'L', 'F', 0, 0, 1, 2})).isFalse();
    assertThat(fits("a.csv", new byte[] {(byte) 0xff, (byte) 0xfe, 'i', 0, 'd', 0}))
        .isTrue(); // UTF-16
    assertThat(fits("b.json", text("\ufeff  [{\"a\": 1}]"))).isTrue();
    assertThat(fits("b.json", text("id,name"))).isFalse();
    assertThat(fits("d.xml", text("<?xml version=\"1.0\"?><a/>"))).isTrue();
    assertThat(fits("e.xlsx", new byte[] {'P', 'K', 3, 4, 20, 0})).isTrue();
    assertThat(fits("f.parquet", text("PAR1...."))).isTrue();
    assertThat(fits("f.parquet", text("id,name"))).isFalse();
    assertThat(fits("g.csv.gz", new byte[] {0x1f, (byte) 0x8b, 8, 0})).isTrue();
    assertThat(fits("g.csv.gz", text("id,name"))).isFalse();
  }

  @Test
  void fileNamesLoseTheirFoldersAndOddCharacters() {
    assertThat(UploadNames.safe("../../etc/passwd.csv")).isEqualTo("passwd.csv");
    assertThat(UploadNames.safe("C:\\Users\\ann\\My Data (1).csv")).isEqualTo("My Data _1_.csv");
    assertThat(UploadNames.safe(".hidden.csv")).isEqualTo("hidden.csv");
  }
}
