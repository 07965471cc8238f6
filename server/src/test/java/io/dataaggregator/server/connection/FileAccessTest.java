package io.dataaggregator.server.connection;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataaggregator.server.system.DataDirectory;
import io.dataaggregator.server.upload.UploadFolder;
import java.lang.reflect.Constructor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileAccessTest {
  @TempDir Path root;

  private FileAccess access(List<String> allowed) throws Exception {
    var data = DataDirectory.open(root.resolve("data").toString());
    Constructor<UploadFolder> c = UploadFolder.class.getDeclaredConstructor(DataDirectory.class);
    c.setAccessible(true);
    return new FileAccess(data, c.newInstance(data), new FilesProperties(allowed));
  }

  @Test
  void refusesPathsIntoTheDataDirectoryButNotItsUploads() throws Exception {
    FileAccess files = access(List.of());
    String data = root.resolve("data").toString();
    assertThat(files.judge(data + "/secret-aes256.key")).contains("data directory");
    assertThat(files.judge(data)).contains("data directory");
    assertThat(files.judge(root + "/in/../data/jwt-hs256.key")).contains("data directory");
    assertThat(files.judge(data + "/uploads/1234/flights.csv")).isNull();
    assertThat(files.judge(root + "/elsewhere/flights.csv")).isNull();
  }

  @Test
  void judgesGlobsByTheFoldersTheyReach() throws Exception {
    FileAccess files = access(List.of());
    assertThat(files.judge(root + "/*.csv"))
        .isNull(); // one level: the data directory's files are deeper
    assertThat(files.judge(root + "/*/*.key")).contains("data directory");
    assertThat(files.judge(root + "/**/*.csv")).contains("data directory");
    assertThat(files.judge(root + "/data/uploads/*/*.csv")).isNull();
  }

  @Test
  void followsSymbolicLinks() throws Exception {
    FileAccess files = access(List.of());
    Path link = Files.createSymbolicLink(root.resolve("innocent"), root.resolve("data"));
    assertThat(files.judge(link + "/secret-aes256.key")).contains("data directory");
  }

  @Test
  void withAllowedPathsOnlyThoseAndUploadsMayBeUsed() throws Exception {
    FileAccess files = access(List.of(root.resolve("in").toString()));
    assertThat(files.judge(root + "/in/a.csv")).isNull();
    assertThat(files.judge(root + "/out/a.csv")).contains("dagg.files.allowed-paths");
    assertThat(files.judge(root + "/data/uploads/1/a.csv")).isNull();
    assertThat(files.judge("https://example.com/a.csv")).isNull();
  }

  @Test
  void findsPathSettingsAtAnyDepth() throws Exception {
    FileAccess files = access(List.of());
    String key = root.resolve("data/secret-aes256.key").toString();
    var config =
        Map.of(
            "path",
            key,
            "lookup",
            Map.of("file", key),
            "note",
            key,
            "list",
            List.of(Map.of("reference_file", key)));
    assertThat(files.check(config))
        .extracting(FileAccess.Denied::pointer)
        .containsExactlyInAnyOrder("/path", "/lookup/file", "/list/0/reference_file");
  }
}
