package io.dataaggregator.engine.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dataaggregator.engine.pipeline.Endpoint;
import io.dataaggregator.engine.pipeline.InvalidPipelineException;
import io.dataaggregator.engine.pipeline.PipelineProblem;
import io.dataaggregator.engine.pipeline.PipelineReader;
import io.dataaggregator.engine.run.FileStateStore;
import io.dataaggregator.engine.run.LocalRunner;
import io.dataaggregator.engine.run.Outcome;
import io.dataaggregator.engine.run.RunListener;
import io.dataaggregator.engine.run.RunOptions;
import io.dataaggregator.engine.run.RunResult;
import io.dataaggregator.engine.spi.Registry;
import io.dataaggregator.engine.testing.CountingSource;
import io.dataaggregator.engine.testing.LabelsSource;
import io.dataaggregator.engine.testing.MemoryDestination;
import io.dataaggregator.engine.transform.ReferenceQuery;
import io.dataaggregator.engine.transform.StepChain;
import io.dataaggregator.engine.transform.StepConfigException;
import io.dataaggregator.engine.transform.Steps;
import io.dataaggregator.engine.type.Batch;
import io.dataaggregator.engine.type.DataType;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The lookup step reading its reference table through a connector's query (the labels source). */
class LookupQueryTest {
  @TempDir Path stateDir;
  private final String store = UUID.randomUUID().toString();
  // Each test its own tag: rows cached by one test never serve another.
  private final String tag = UUID.randomUUID().toString();

  private Plan plan(String lookup, ConnectionResolver connections) {
    String yaml =
        """
        name: enrich
        source: {connector: counting, config: {rows: 20, streams: [a, b, c]}}
        transforms:
          - lookup: %s
        destination: {connector: memory, config: {store: %s}}
        """
            .formatted(lookup.replace("TAG", tag), store);
    var spec = new PipelineReader(Map.<String, String>of()::get).parse(yaml, "enrich.yaml");
    return new PlanCompiler(Registry.load(), connections).compile(spec);
  }

  private Plan plan(String lookup) {
    return plan(lookup, ConnectionResolver.NONE);
  }

  private static String lookup(String sql, String more) {
    return "{query: {connector: labels, config: {rows: 10, tag: TAG}, sql: \"%s\"%s},"
            .formatted(sql, more)
        + " key: {id: key}, columns: {label: key_label, weight: weight}}";
  }

  private static StepChain steps(Plan plan) {
    return StepChain.build(plan.links(), CountingSource.SCHEMA, plan.stepContext("a"));
  }

  private RunResult run(Plan plan) {
    return new LocalRunner(new FileStateStore(stateDir), RunOptions.DEFAULT, RunListener.NONE)
        .run(plan);
  }

  private List<PipelineProblem> problems(String lookup, ConnectionResolver connections) {
    try {
      plan(lookup, connections);
    } catch (InvalidPipelineException e) {
      return e.problems();
    }
    throw new AssertionError("compiled: " + lookup);
  }

  private List<PipelineProblem> problems(String lookup) {
    return problems(lookup, ConnectionResolver.NONE);
  }

  @Test
  void enrichesEveryStreamFromOneReadOfTheQueryKeepingItsTypes() {
    int before = LabelsSource.QUERIES.get();
    Plan plan = plan(lookup("labels by int", ""));
    RunResult result = run(plan);

    assertThat(result.succeeded()).as(result.toString()).isTrue();
    assertThat(LabelsSource.QUERIES.get() - before).as("one query for three streams").isOne();
    for (String stream : List.of("a", "b", "c")) {
      List<Object[]> rows = MemoryDestination.store(store).get(stream).rows;
      assertThat(rows).hasSize(20);
      assertThat(rows.get(2)).containsExactly(3L, "n3", "label 3", new BigDecimal("4.50"));
      assertThat(rows.get(14)).containsExactly(15L, "n15", null, null);
    }
    var output = steps(plan).output();
    assertThat(output.field(2).type()).isEqualTo(DataType.STRING);
    assertThat(output.field(3).type()).isEqualTo(DataType.decimal(10, 2));
    assertThat(LabelsSource.QUERIES.get() - before).as("built again, not read again").isOne();
  }

  @ParameterizedTest
  @ValueSource(strings = {"int", "bigint", "decimal", "double", "string"})
  void matchesTheRowsBigintKeysByValueWhateverTheReferenceType(String type) {
    Batch out = steps(plan(lookup("labels by " + type, ""))).apply(numbers(1, 12));
    assertThat(out.rows())
        .extracting(r -> r[2])
        .containsExactly(
            "label 1",
            "label 2",
            "label 3",
            "label 4",
            "label 5",
            "label 6",
            "label 7",
            "label 8",
            "label 9",
            "label 10",
            null,
            null);
  }

  @Test
  void skipsReferenceRowsWhoseKeyIsNull() {
    Batch out = steps(plan(lookup("labels and a null key", ""))).apply(numbers(1, 11));
    assertThat(out.rows()).extracting(r -> r[2]).containsOnlyOnce((Object) null);
  }

  @Test
  void keepsTheRowsForCacheSecondsAndReadsAgainAfter() throws InterruptedException {
    int start = LabelsSource.QUERIES.get();
    steps(plan(lookup("labels by int", "")));
    steps(plan(lookup("labels by int", "")));
    assertThat(LabelsSource.QUERIES.get() - start).as("default 300 s: read once").isOne();

    steps(plan(lookup("labels by int", ", cache_seconds: 0")));
    assertThat(LabelsSource.QUERIES.get() - start).as("0: read for every plan").isEqualTo(2);

    steps(plan(lookup("labels by int", ", cache_seconds: 1")));
    assertThat(LabelsSource.QUERIES.get() - start).as("younger than 1 s").isEqualTo(2);
    Thread.sleep(1_100);
    steps(plan(lookup("labels by int", ", cache_seconds: 1")));
    assertThat(LabelsSource.QUERIES.get() - start).as("older than 1 s").isEqualTo(3);
  }

  @Test
  void refusesWhatShowsWithoutConnectingNamingTheLineAndSetting() {
    assertThat(problems("{query: {connection: warehouse, sql: x}, key: [id], columns: [label]}"))
        .extracting(PipelineProblem::toString)
        .containsExactly(
            "line 4, transforms[0].lookup.query.connection: no stored connection named"
                + " 'warehouse'");
    assertThat(
            problems(
                "{query: {connector: counting, config: {rows: 1}, sql: x}, key: [id],"
                    + " columns: [label]}"))
        .extracting(PipelineProblem::message)
        .containsExactly("connector 'counting' cannot run queries; connectors that can: labels");
    assertThat(problems("{query: {connector: nope, sql: x}, key: [id], columns: [label]}"))
        .extracting(PipelineProblem::message)
        .containsExactly("unknown connector 'nope'; connectors that run queries: labels");
    assertThat(
            problems(
                "{query: {connector: labels, config: {rows: -1, colour: red}, sql: x}, key: [id],"
                    + " columns: [label]}"))
        .extracting(PipelineProblem::field)
        .containsExactlyInAnyOrder(
            "transforms[0].lookup.query.config.rows", "transforms[0].lookup.query.config.colour");
    assertThat(problems(lookup("insert into labels values (1)", "")))
        .extracting(PipelineProblem::toString)
        .containsExactly(
            "line 4, transforms[0].lookup.query.sql: only a read query may run here, not INSERT");
  }

  @Test
  void refusesAFileAndAQueryTogetherOrNeither() {
    assertThat(
            problems(
                "{file: a.csv, query: {connector: labels, sql: x}, key: [id], columns: [label]}"))
        .extracting(PipelineProblem::message)
        .containsExactly("set file (a CSV file) or query (a database query): exactly one of them");
    assertThat(problems("{key: [id], columns: [label]}"))
        .extracting(PipelineProblem::message)
        .containsExactly("set file (a CSV file) or query (a database query): exactly one of them");
    assertThat(
            problems(
                "{query: {connection: w, connector: labels, sql: x}, key: [id], columns: [label]}"))
        .extracting(PipelineProblem::message)
        .containsExactly(
            "query: set connection (a stored connection) or connector (with its config): exactly"
                + " one of them");
  }

  @Test
  void storedConnectionsResolveAsForSourcesWrittenSettingsWinning() {
    ConnectionResolver warehouse =
        name ->
            name.equals("warehouse")
                ? Optional.of(
                    new ConnectionResolver.StoredConnection(
                        "labels", Map.of("rows", 3, "tag", "stored")))
                : Optional.empty();
    Plan plan =
        plan(
            "{query: {connection: warehouse, config: {tag: TAG}, sql: labels by int},"
                + " key: {id: key}, columns: [weight]}",
            warehouse);
    assertThat(steps(plan).apply(numbers(1, 4)).rows())
        .extracting(r -> r[2])
        .containsExactly(
            new BigDecimal("1.50"), new BigDecimal("3.00"), new BigDecimal("4.50"), null);

    assertThat(
            problems(
                "{query: {connection: warehouse, config: {rows: -1}, sql: x}, key: [id],"
                    + " columns: [label]}",
                warehouse))
        .extracting(PipelineProblem::field)
        .containsExactly("transforms[0].lookup.query.config.rows");
    ConnectionResolver broken =
        name ->
            Optional.of(new ConnectionResolver.StoredConnection("labels", Map.of("rows", "many")));
    assertThat(problems("{query: {connection: w, sql: x}, key: [id], columns: [label]}", broken))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.field()).isEqualTo("transforms[0].lookup.query.connection");
              assertThat(p.message()).startsWith("the stored connection's rows: ");
            });
  }

  @Test
  void reportsWhatTheDatabaseRefusesNamingTheStepAndSetting() {
    Plan plan = plan(lookup("select nonsense", ""));
    assertThatThrownBy(() -> steps(plan))
        .isInstanceOfSatisfying(
            StepConfigException.class,
            e -> assertThat(e.field()).isEqualTo("transforms[0].query.sql"))
        .hasMessage("step 1 (lookup): query.sql: syntax error at or near \"select\"");

    RunResult result = run(plan);
    assertThat(result.outcome())
        .isInstanceOfSatisfying(
            Outcome.Failed.class,
            f ->
                assertThat(f.message())
                    .contains("line 4")
                    .contains("step 1 (lookup): query.sql: syntax error at or near \"select\""));
    assertThat(MemoryDestination.store(store)).doesNotContainKey("a");
  }

  @Test
  void refusesDuplicateKeysUnreadableRowsAndTooManyRows() {
    assertThatThrownBy(() -> steps(plan(lookup("labels twice", ""))))
        .hasMessage(
            "step 1 (lookup): query.sql: the query returns the key [1] twice (rows 1 and 2); a"
                + " lookup needs one row per key");
    assertThatThrownBy(() -> steps(plan(lookup("labels with a bad row", ""))))
        .hasMessage(
            "step 1 (lookup): query.sql: row 3 of the query cannot be read: weight: not a number");

    var query =
        new ReferenceQuery(
            "query",
            Endpoint.connector("labels"),
            Map.of("rows", 6, "tag", tag),
            "labels by int",
            Duration.ZERO,
            5);
    assertThatThrownBy(() -> plan(lookup("labels by int", "")).references().read(query))
        .isInstanceOf(StepConfigException.class)
        .hasMessageStartingWith("query.sql: the query returns more than 5 rows; a lookup is for");
  }

  @Test
  void rejectedRowsNameTheQuery() {
    Plan plan =
        plan(
            "{query: {connector: labels, config: {rows: 10, tag: TAG}, sql: labels by int},"
                + " key: {id: key}, columns: [weight], on_missing: reject}");
    Batch out = steps(plan).apply(numbers(9, 11));
    assertThat(out.size()).isEqualTo(2);
    assertThat(out.rejections())
        .singleElement()
        .satisfies(
            r ->
                assertThat(r.reason())
                    .isEqualTo("no row of the query (query.sql) matches id='11'"));
  }

  @Test
  void stepsBuiltOutsideACompiledPipelineSayTheyNeedOne() {
    assertThatThrownBy(
            () ->
                Steps.chain(
                    "- lookup: {query: {connector: labels, sql: x}, key: [id], columns: [label]}",
                    CountingSource.SCHEMA))
        .isInstanceOf(StepConfigException.class)
        .hasMessageContaining("query: a query needs its connectors");
  }

  private static Batch numbers(long from, long to) {
    var rows = new java.util.ArrayList<Object[]>();
    for (long n = from; n <= to; n++) {
      rows.add(new Object[] {n, "n" + n});
    }
    return new Batch(CountingSource.SCHEMA, rows);
  }
}
