package io.dataaggregator.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataaggregator.engine.pipeline.PipelineReader;
import io.dataaggregator.engine.plan.Plan;
import io.dataaggregator.engine.plan.PlanCompiler;
import io.dataaggregator.engine.spi.Registry;
import io.dataaggregator.engine.testing.MemoryDestination;
import io.dataaggregator.engine.type.Rejection;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** explode with into: a child stream written next to its parent, with exactly-once resumes. */
class ExplodeIntoRunTest {
  private static final String INTO =
      "transforms:\n  - explode: {field: tags, into: number_tags, parent_key: [id], index: position}\n";

  @TempDir Path stateDir;
  private final String store = UUID.randomUUID().toString();
  private final List<RunEvent> events = new CopyOnWriteArrayList<>();

  private Plan plan(String source, String destination, String rest) {
    var spec = new PipelineReader(Map.<String, String>of()::get).parse(
        "name: test\nsource: {connector: counting, config: " + source + "}\n"
            + "destination: {connector: memory, config: " + destination + "}\n" + rest, "test.yaml");
    return new PlanCompiler(Registry.load()).compile(spec);
  }

  private RunResult run(Plan plan) {
    var options = RunOptions.DEFAULT.withCommitRows(1_000);
    return new LocalRunner(new FileStateStore(stateDir), options, events::add).run(plan);
  }

  private RunResult run(String source, String destination, String rest) {
    return run(plan(source, destination, rest));
  }

  private List<Object[]> rows(String table) {
    return MemoryDestination.store(store).get(table).rows;
  }

  private List<String> childRows(String table) {
    return rows(table).stream().map(r -> r[0] + "/" + r[1] + "/" + r[2]).toList();
  }

  /** The child rows of ids 1..rows with tags: 3, as "id/position/tag". */
  private static List<String> expectedChildren(long rows, long notArrayEvery) {
    var out = new ArrayList<String>();
    for (long id = 1; id <= rows; id++) {
      if (notArrayEvery > 0 && id % notArrayEvery == 0) {
        continue;
      }
      for (long i = 0; i < id % 4; i++) {
        out.add(id + "/" + i + "/t" + id + "-" + i);
      }
    }
    return out;
  }

  private static long[] ids(List<Object[]> rows) {
    return rows.stream().mapToLong(r -> (Long) r[0]).toArray();
  }

  @Test
  void sendsTheElementsIntoAChildStreamWithTheParentKeyAndIndex() {
    var result = run("{rows: 2000, batch: 128, tags: 3}", "{store: " + store + "}", INTO);

    assertThat(result.succeeded()).as(result.toString()).isTrue();
    assertThat(result.streams()).extracting(StreamResult::stream, StreamResult::table)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("numbers", "numbers"),
            org.assertj.core.groups.Tuple.tuple("number_tags", "number_tags"));
    assertThat(rows("numbers")).allSatisfy(r -> assertThat(r).hasSize(2));
    assertThat(ids(rows("numbers"))).containsExactly(LongStream.rangeClosed(1, 2000).toArray());
    List<String> expected = expectedChildren(2000, 0);
    assertThat(childRows("number_tags")).containsExactlyElementsOf(expected);
    assertThat(result.streams().get(0).ledger()).isEqualTo(new Ledger(2000, 2000, 0, 0, 0, 0));
    assertThat(result.streams().get(1).ledger())
        .as("child rows are produced by the step, not read from the source")
        .isEqualTo(new Ledger(0, expected.size(), 0, 0, expected.size(), 0));
    assertThat(events).anySatisfy(e -> assertThat(e)
        .isEqualTo(new RunEvent.StreamStarted("number_tags", "number_tags", false)));
    assertThat(events).filteredOn(e -> e instanceof RunEvent.Committed && e.stream().equals("number_tags"))
        .isNotEmpty();
    assertThat(events).filteredOn(e -> e instanceof RunEvent.StreamSucceeded).extracting(RunEvent::stream)
        .containsExactly("numbers", "number_tags");
  }

  @Test
  void keepLeavesTheArrayInTheParentAndTwoStepsFeedTwoChildStreams() {
    var result = run("{rows: 300, tags: 3}", "{store: " + store + "}", """
        transforms:
          - explode: {field: tags, into: by_id, parent_key: [id], as: tag, keep: true}
          - explode: {field: tags, into: by_label, parent_key: [label], index: i}
        """);

    assertThat(result.succeeded()).as(result.toString()).isTrue();
    assertThat(result.streams()).extracting(StreamResult::stream)
        .containsExactly("numbers", "by_id", "by_label");
    assertThat(rows("numbers")).allSatisfy(r -> assertThat(r).hasSize(2));
    assertThat(rows("by_id")).hasSize(expectedChildren(300, 0).size())
        .allSatisfy(r -> assertThat(r).hasSize(2));
    assertThat(rows("by_id").get(0)).containsExactly(1L, "t1-0");
    assertThat(rows("by_label").get(0)).containsExactly("n1", 0L, "t1-0");
    assertThat(result.streams()).allSatisfy(s -> assertThat(s.ledger().balances()).isTrue());
  }

  @Test
  void aValueThatIsNotAnArrayRejectsItsParentWithTheReasonAndMakesNoChildRows() {
    var result = run("{rows: 1000, tags: 3, notArrayEvery: 100}", "{store: " + store + "}",
        INTO + "quality: {max_rejected_ratio: 0.05}\n");

    assertThat(result.succeeded()).as(result.toString()).isTrue();
    assertThat(result.streams().get(0).ledger()).isEqualTo(new Ledger(1000, 990, 10, 0, 0, 0));
    Rejection first = MemoryDestination.store(store).get("numbers").rejected.getFirst();
    assertThat(first.field()).isEqualTo("tags");
    assertThat(first.reason()).isEqualTo("is not a JSON array: '{\"not\": \"an array\"}'");
    assertThat(first.raw()).contains("\"id\":100");
    assertThat(childRows("number_tags")).containsExactlyElementsOf(expectedChildren(1000, 100));
    assertThat(result.streams().get(1).ledger().balances()).isTrue();
  }

  @Test
  void resumesAfterAStopBetweenTheChildsAndTheParentsCommitWithoutLosingOrDuplicatingARow() {
    resumesExactlyAfterAFailedCommit("{store: " + store, "numbers", 3);
  }

  @Test
  void resumesExactlyWhenTheStateStoreKeepsTheCheckpoints() {
    resumesExactlyAfterAFailedCommit("{store: " + store + ", keepsState: false", "numbers", 2);
  }

  @Test
  void resumesExactlyAfterTheChildsOwnCommitFailed() {
    resumesExactlyAfterAFailedCommit("{store: " + store, "number_tags", 4);
  }

  private void resumesExactlyAfterAFailedCommit(String destination, String failing, int commit) {
    String source = "{rows: 20000, batch: 500, tags: 3}";
    var stopped = run(source, destination + ", failCommitOf: " + failing + ", failCommitAt: " + commit + "}", INTO);
    assertThat(stopped.succeeded()).isFalse();
    long parentsDurable = rows("numbers").size();
    long childrenDurable = rows("number_tags").size();
    assertThat(parentsDurable).isBetween(1L, 19_999L);
    long lastParent = ids(rows("numbers"))[(int) parentsDurable - 1];
    long lastChildParent = ids(rows("number_tags"))[(int) childrenDurable - 1];
    if (failing.equals("numbers")) {
      assertThat(lastChildParent).as("the child committed one checkpoint ahead").isGreaterThan(lastParent);
    }
    assertThat(stopped.streams().get(1).ledger().written()).isEqualTo(childrenDurable);

    var rerun = run(source, destination + "}", INTO);

    assertThat(rerun.succeeded()).as(rerun.toString()).isTrue();
    assertThat(ids(rows("numbers"))).containsExactly(LongStream.rangeClosed(1, 20_000).toArray());
    List<String> expected = expectedChildren(20_000, 0);
    assertThat(childRows("number_tags")).containsExactlyElementsOf(expected);
    assertThat(rerun.streams().get(0).ledger().read()).isEqualTo(20_000 - parentsDurable);
    assertThat(rerun.streams().get(1).ledger())
        .isEqualTo(new Ledger(0, expected.size() - childrenDurable, 0, 0, expected.size() - childrenDurable, 0));
  }

  @Test
  void aFullRefreshStoppedBeforeItsFirstParentCommitStartsOverWithoutDuplicatingChildRows() {
    String source = "{rows: 3000, batch: 500, tags: 3}";
    assertThat(run(source, "{store: " + store + "}", INTO).succeeded()).isTrue();
    var stopped = run(source, "{store: " + store + ", failCommitOf: numbers, failCommitAt: 1}", INTO);
    assertThat(stopped.succeeded()).isFalse();
    assertThat(rows("numbers")).hasSize(3000);
    assertThat(rows("number_tags").size()).isGreaterThan(expectedChildren(3000, 0).size());

    var again = run(source, "{store: " + store + "}", INTO);

    assertThat(again.succeeded()).isTrue();
    assertThat(again.streams().get(1).ledger().written()).isLessThan(expectedChildren(3000, 0).size());
    var twice = new ArrayList<>(expectedChildren(3000, 0));
    twice.addAll(expectedChildren(3000, 0));
    assertThat(childRows("number_tags")).containsExactlyElementsOf(twice);
    assertThat(rows("numbers")).hasSize(6000);
  }

  @Test
  void aBackfillWritesTheChildRowsOfItsRangeAndLeavesTheChildsCheckpointAsItWas() {
    String incremental = "{connector: counting, config: {rows: %d, batch: 7, tags: 3}, streams: [{name: numbers, cursor: id}]}";
    var reader = new PipelineReader(Map.<String, String>of()::get);
    var compiler = new PlanCompiler(Registry.load());
    java.util.function.LongFunction<Plan> plan = rows -> compiler.compile(reader.parse(
        "name: test\nsource: " + incremental.formatted(rows) + "\ndestination: {connector: memory, config: {store: "
            + store + "}}\n" + INTO, "test.yaml"));
    run(plan.apply(300));
    var childCheckpoint = MemoryDestination.store(store).get("number_tags").checkpoint;
    var options = RunOptions.DEFAULT.withCommitRows(20)
        .withCursorRange(new io.dataaggregator.engine.spi.CursorRange("50", "120"));

    var backfill = new LocalRunner(new FileStateStore(stateDir), options, events::add).run(plan.apply(450));

    assertThat(backfill.succeeded()).as(backfill.toString()).isTrue();
    List<String> inRange = expectedChildren(120, 0).stream()
        .filter(c -> Long.parseLong(c.substring(0, c.indexOf('/'))) >= 50).toList();
    var both = new ArrayList<>(expectedChildren(300, 0));
    both.addAll(inRange);
    assertThat(childRows("number_tags")).containsExactlyElementsOf(both);
    assertThat(MemoryDestination.store(store).get("number_tags").checkpoint).isEqualTo(childCheckpoint);
    var next = run(plan.apply(450));
    assertThat(next.streams().get(0).ledger().read()).as("the ordinary run goes on after 300").isEqualTo(150);
  }

  @Test
  void anUnknownParentKeyFailsTheRunBeforeAnyRowNamingTheStep() {
    var result = run("{rows: 10, tags: 3}", "{store: " + store + "}",
        "transforms:\n  - explode: {field: tags, into: number_tags, parent_key: [idd]}\n");

    assertThat(result.outcome()).isInstanceOfSatisfying(Outcome.Failed.class, f -> {
      assertThat(f.inputError()).isTrue();
      assertThat(f.message()).contains("step 1 (explode): parent_key[0]: unknown field 'idd' (did you mean 'id'?)");
    });
    assertThat(MemoryDestination.store(store)).doesNotContainKey("number_tags");
  }

  @Test
  void aChildStreamNamedLikeAStreamTheSourceHasIsRefused() {
    var result = run("{rows: 10, tags: 3}", "{store: " + store + "}",
        "transforms:\n  - explode: {field: tags, into: numbers, parent_key: [id]}\n");

    assertThat(result.outcome()).isInstanceOfSatisfying(Outcome.Failed.class, f -> {
      assertThat(f.inputError()).isTrue();
      assertThat(f.message()).isEqualTo("step 1 (explode): into: 'numbers' is also a stream the source"
          + " has; name the child stream otherwise");
    });
    assertThat(result.streams()).isEmpty();
  }

  @Test
  void aChildStreamOfSeveralStreamsIsRefused() {
    var result = run("{rows: 10, tags: 3, streams: [a, b]}", "{store: " + store + "}", INTO);

    assertThat(result.outcome()).isInstanceOfSatisfying(Outcome.Failed.class, f -> assertThat(f.message())
        .isEqualTo("step 1 (explode): into: 'number_tags' makes one child stream, but the pipeline reads"
            + " 2 streams [a, b]; name one in source.streams"));
  }
}
