package io.dataaggregator.connector.file.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dataaggregator.connector.file.FileErrorCode;
import io.dataaggregator.engine.spi.BatchWriter;
import io.dataaggregator.engine.spi.Checkpoint;
import io.dataaggregator.engine.spi.ConnectorException;
import io.dataaggregator.engine.spi.WriteMode;
import io.dataaggregator.engine.spi.WriteTarget;
import io.dataaggregator.engine.type.Batch;
import io.dataaggregator.engine.type.DataType;
import io.dataaggregator.engine.type.Field;
import io.dataaggregator.engine.type.Rejection;
import io.dataaggregator.engine.type.Schema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvDestinationTest {
  static final Schema SCHEMA =
      Schema.of(Field.of("id", DataType.INT), Field.of("name", DataType.STRING));
  private final CsvDestination destination = new CsvDestination();
  @TempDir Path dir;

  private BatchWriter open(WriteMode mode) {
    return destination.open(
        new CsvDestinationConfig(dir.resolve("out").toString()),
        new WriteTarget(
            "p",
            "people",
            "people",
            SCHEMA,
            mode,
            mode == WriteMode.UPSERT ? List.of("id") : List.of()));
  }

  private static Batch batch(Object[]... rows) {
    return new Batch(SCHEMA, List.of(rows));
  }

  private Path file() {
    return dir.resolve("out/people.csv");
  }

  private void writeAll(WriteMode mode, Batch batch) {
    try (BatchWriter w = open(mode)) {
      // Append leaves resuming to the runner's state; a rerun of an overwrite must start over.
      assertThat(w.resumeFrom())
          .isEqualTo(
              mode == WriteMode.OVERWRITE ? Optional.of(Checkpoint.START) : Optional.empty());
      w.write(batch);
      w.commit(Checkpoint.START);
      w.finish();
    }
  }

  @Test
  void writesHeaderAndQuotesOnlyWhatNeedsIt() throws IOException {
    writeAll(
        WriteMode.OVERWRITE,
        batch(
            new Object[] {1, "plain"},
            new Object[] {2, "a,b \"c\"\nd"},
            new Object[] {null, ""},
            new Object[] {4, null}));
    assertThat(Files.readString(file()))
        .isEqualTo("id,name\n1,plain\n2,\"a,b \"\"c\"\"\nd\"\n,\"\"\n4,\n");
  }

  @Test
  void appendAddsRowsWithoutASecondHeader() throws IOException {
    writeAll(WriteMode.APPEND, batch(new Object[] {1, "a"}));
    writeAll(WriteMode.APPEND, batch(new Object[] {2, "b"}));
    assertThat(Files.readString(file())).isEqualTo("id,name\n1,a\n2,b\n");
  }

  @Test
  void appendRefusesAFileWithOtherColumns() throws IOException {
    Files.createDirectories(file().getParent());
    Files.writeString(file(), "id,email\n1,x@y\n");
    assertThatThrownBy(() -> open(WriteMode.APPEND))
        .isInstanceOfSatisfying(
            ConnectorException.class,
            e -> assertThat(e.errorCode()).isEqualTo(FileErrorCode.SCHEMA_MISMATCH))
        .hasMessageContaining("[id, email]")
        .hasMessageContaining("[id, name]");
  }

  @Test
  void appendClosedWithoutFinishKeepsOnlyCommittedRows() throws IOException {
    try (BatchWriter w = open(WriteMode.APPEND)) {
      w.write(batch(new Object[] {1, "kept"}));
      w.commit(Checkpoint.START);
      w.write(batch(new Object[] {2, "lost"}));
    }
    assertThat(Files.readString(file())).isEqualTo("id,name\n1,kept\n");
  }

  @Test
  void overwriteSwapsTheFileInOnlyAtFinish() throws IOException {
    writeAll(WriteMode.OVERWRITE, batch(new Object[] {1, "old"}));
    try (BatchWriter w = open(WriteMode.OVERWRITE)) {
      w.write(batch(new Object[] {2, "new"}));
      w.commit(Checkpoint.START);
      assertThat(Files.readString(file())).isEqualTo("id,name\n1,old\n");
      assertThat(hiddenFiles()).hasSize(1);
      w.finish();
    }
    assertThat(Files.readString(file())).isEqualTo("id,name\n2,new\n");
    assertThat(hiddenFiles()).isEmpty();
  }

  @Test
  void overwriteClosedWithoutFinishLeavesTheOldFileAndNoTemporary() throws IOException {
    writeAll(WriteMode.OVERWRITE, batch(new Object[] {1, "old"}));
    try (BatchWriter w = open(WriteMode.OVERWRITE)) {
      w.write(batch(new Object[] {2, "new"}));
      w.commit(Checkpoint.START);
    }
    assertThat(Files.readString(file())).isEqualTo("id,name\n1,old\n");
    assertThat(hiddenFiles()).isEmpty();
  }

  private List<Path> hiddenFiles() throws IOException {
    try (Stream<Path> files = Files.list(file().getParent())) {
      return files.filter(p -> p.getFileName().toString().startsWith(".")).toList();
    }
  }

  @Test
  void refusesUpsert() {
    assertThatThrownBy(() -> open(WriteMode.UPSERT))
        .isInstanceOfSatisfying(
            ConnectorException.class,
            e -> assertThat(e.errorCode()).isEqualTo(FileErrorCode.UPSERT_UNSUPPORTED))
        .hasMessageContaining("files do not support upsert")
        .hasMessageContaining("append");
  }

  @Test
  void writesRejectionsToTheQuarantineFile() throws IOException {
    var rejection =
        new Rejection(
            "people", 7, "id", "file a.csv line 7, column 1 'id': 'x' is not an int", "x,\"y\"");
    writeAll(
        WriteMode.APPEND,
        new Batch(SCHEMA, List.<Object[]>of(new Object[] {1, "a"}), List.of(rejection)));
    assertThat(Files.readString(dir.resolve("out/people__rejected.jsonl")))
        .isEqualTo(
            "{\"stream\":\"people\",\"position\":7,\"field\":\"id\",\"reason\":\"file a.csv line 7,"
                + " column 1 'id': 'x' is not an int\",\"raw\":\"x,\\\"y\\\"\"}\n");
  }

  @Test
  void checksThatTheFolderIsWritable() throws IOException {
    assertThat(destination.check(new CsvDestinationConfig(dir.resolve("new/sub").toString())).ok())
        .isTrue();
    assertThat(destination.check(new CsvDestinationConfig(dir.toString())).ok()).isTrue();
    Path file = Files.writeString(dir.resolve("a-file"), "x");
    var result = destination.check(new CsvDestinationConfig(file.toString()));
    assertThat(result.ok()).isFalse();
    assertThat(result.message()).contains("is not a folder");
  }

  @Test
  void refusesATableNameThatIsNoFileName() {
    var target = new WriteTarget("p", "s", "../escape", SCHEMA, WriteMode.APPEND, List.of());
    assertThatThrownBy(() -> destination.open(new CsvDestinationConfig(dir.toString()), target))
        .isInstanceOfSatisfying(
            ConnectorException.class,
            e -> assertThat(e.errorCode()).isEqualTo(FileErrorCode.BAD_NAME));
  }
}
