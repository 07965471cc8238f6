package io.dataaggregator.engine.transform.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dataaggregator.engine.transform.StepChain;
import io.dataaggregator.engine.transform.StepConfigException;
import io.dataaggregator.engine.transform.StepContext;
import io.dataaggregator.engine.transform.Steps;
import io.dataaggregator.engine.transform.TestData;
import io.dataaggregator.engine.type.Batch;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LookupTest {
  @TempDir Path dir;
  private final Batch flights = TestData.json("flights-500.json");
  private List<String> airportLines;

  @BeforeEach
  void copyTheReferenceFile() throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/data/airports-slice.csv")) {
      Files.copy(in, dir.resolve("airports.csv"));
    }
    airportLines = Files.readAllLines(dir.resolve("airports.csv"));
    // Only the Californian airports, for rows that find no match.
    Files.write(
        dir.resolve("california.csv"),
        airportLines.stream()
            .filter(l -> l.startsWith("iata,") || l.contains(",CA,USA,"))
            .toList());
  }

  private StepChain chain(String yaml) {
    return StepChain.build(
        Steps.links(yaml), flights.schema(), StepContext.of("flights").withBaseDirectory(dir));
  }

  @Test
  void enrichesEveryFlightWithItsOriginAirport() {
    Batch out =
        chain(
                """
                - lookup:
                    file: airports.csv
                    key: {origin: iata}
                    columns: {name: origin_name, city: origin_city}
                """)
            .apply(flights);
    assertThat(out.schema().names()).endsWith("origin_name", "origin_city");
    assertThat(out.rows().getFirst()).endsWith("Los Angeles International", "Los Angeles");
    assertThat(TestData.column(out, "origin_name")).doesNotContainNull();
  }

  @Test
  void rowsWithoutAMatchAreKeptRejectedOrDropped() {
    String lookup =
        "- lookup: {file: california.csv, key: {origin: iata}, columns: [state], on_missing: %s}";
    Batch kept = chain(lookup.formatted("keep")).apply(flights);
    assertThat(kept.size()).isEqualTo(500);
    long californian = TestData.column(kept, "state").stream().filter("CA"::equals).count();
    assertThat(californian).isPositive().isLessThan(500);
    assertThat(TestData.column(kept, "state")).containsOnly("CA", null);

    StepChain dropping = chain(lookup.formatted("drop"));
    assertThat(dropping.apply(flights).size()).isEqualTo((int) californian);
    assertThat(dropping.counts().getFirst().filtered()).isEqualTo(500 - californian);

    Batch rejected = chain(lookup.formatted("reject")).apply(flights);
    assertThat(rejected.rejections()).hasSize(500 - (int) californian);
    assertThat(rejected.rejections().getFirst().reason())
        .matches("no row of california.csv matches origin='[A-Z]{3}'");
  }

  @Test
  void refusesMissingFilesColumnsAndAmbiguousKeys() throws IOException {
    assertThatThrownBy(
            () -> chain("- lookup: {file: nowhere.csv, key: {origin: iata}, columns: [name]}"))
        .isInstanceOf(StepConfigException.class)
        .hasMessageContaining("nowhere.csv does not exist");
    assertThatThrownBy(
            () -> chain("- lookup: {file: airports.csv, key: {origin: code}, columns: [name]}"))
        .hasMessageContaining(
            "has no column 'code'; its columns are [iata, name, city, state, country, latitude,"
                + " longitude]");
    assertThatThrownBy(
            () -> chain("- lookup: {file: airports.csv, key: {origin: state}, columns: [name]}"))
        .hasMessageContaining("has the key [MS] twice (lines 2 and 7)");
    assertThatThrownBy(
            () ->
                chain("- lookup: {file: airports.csv, key: {origin_code: iata}, columns: [name]}"))
        .hasMessageContaining("key[0].field: unknown field 'origin_code'");
    assertThatThrownBy(
            () ->
                chain(
                    "- lookup: {file: airports.csv, key: {origin: iata}, columns: {name: origin}}"))
        .hasMessageContaining("add it under another name with as");
  }

  @Test
  void readsAChangedFileAgainButNotAnUnchangedOne() throws IOException {
    String yaml = "- lookup: {file: california.csv, key: {origin: iata}, columns: [name]}";
    Batch before = chain(yaml).apply(flights);
    Files.write(dir.resolve("california.csv"), airportLines);
    Files.setLastModifiedTime(
        dir.resolve("california.csv"),
        java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 60_000));
    Batch after = chain(yaml).apply(flights);
    assertThat(TestData.column(before, "name")).contains((Object) null);
    assertThat(TestData.column(after, "name")).doesNotContainNull();
  }
}
