package io.dataaggregator.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataaggregator.engine.pipeline.PipelineReader;
import io.dataaggregator.engine.plan.Plan;
import io.dataaggregator.engine.plan.PlanCompiler;
import io.dataaggregator.engine.spi.Registry;
import io.dataaggregator.engine.testing.MemoryDestination;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalRunnerTest {
  @TempDir Path stateDir;
  private final String store = UUID.randomUUID().toString();
  private final RunOptions smallCommits = RunOptions.DEFAULT.withCommitRows(1_000);

  private Plan plan(String source, String destination, String quality) {
    var spec = new PipelineReader(Map.<String, String>of()::get).parse(
        "name: test\nsource: {connector: counting, config: " + source + "}\n"
            + "destination: {connector: memory, config: " + destination + "}\n" + quality, "test.yaml");
    return new PlanCompiler(Registry.load()).compile(spec);
  }

  private RunResult run(Plan plan) {
    return new LocalRunner(new FileStateStore(stateDir), smallCommits, RunListener.NONE).run(plan);
  }

  private long[] ids(String table) {
    return MemoryDestination.store(store).get(table).rows.stream().mapToLong(r -> (Long) r[0]).toArray();
  }

  @Test
  void deliversEveryRowOnceAndTheLedgerBalances() {
    var result = run(plan("{rows: 25000, batch: 512}", "{store: " + store + "}", ""));

    assertThat(result.succeeded()).isTrue();
    assertThat(result.total()).isEqualTo(new Ledger(25_000, 25_000, 0, 0, 0, 0));
    assertThat(ids("numbers")).containsExactly(LongStream.rangeClosed(1, 25_000).toArray());
  }

  @Test
  void quarantinesBadRowsAndGoesOnUnderTheThreshold() {
    var result = run(plan("{rows: 10000, badEvery: 1000}", "{store: " + store + "}", "quality: {max_rejected_ratio: 0.01}"));

    assertThat(result.succeeded()).isTrue();
    assertThat(result.total()).isEqualTo(new Ledger(10_000, 9_990, 10, 0, 0, 0));
    assertThat(result.total().balances()).isTrue();
    var rejected = MemoryDestination.store(store).get("numbers").rejected;
    assertThat(rejected).hasSize(10);
    assertThat(rejected.getFirst().position()).isEqualTo(1000);
    assertThat(rejected.getFirst().raw()).isEqualTo("#1000");
  }

  @Test
  void failsOncePastTheRejectedThresholdNamingTheShare() {
    var result = run(plan("{rows: 10000, badEvery: 10}", "{store: " + store + "}", "quality: {max_rejected_ratio: 0.05}"));

    assertThat(result.outcome()).isInstanceOfSatisfying(Outcome.Failed.class, f -> {
      assertThat(f.code()).isEqualTo("QUALITY");
      assertThat(f.message()).contains("rows rejected (10.00%), more than quality.max_rejected_ratio 5.00%");
    });
  }

  @Test
  void resumesFromLastCheckpointAfterCrashWithoutLosingOrDuplicatingRows() {
    var crashing = run(plan("{rows: 20000, batch: 500}", "{store: " + store + ", crashAfterCommits: 3}", ""));
    assertThat(crashing.succeeded()).isFalse();
    long durable = ids("numbers").length;
    assertThat(durable).isBetween(1L, 19_999L);

    var rerun = run(plan("{rows: 20000, batch: 500}", "{store: " + store + "}", ""));

    assertThat(rerun.succeeded()).isTrue();
    assertThat(rerun.total().read()).isEqualTo(20_000 - durable);
    assertThat(ids("numbers")).containsExactly(LongStream.rangeClosed(1, 20_000).toArray());
  }

  @Test
  void keepsCheckpointsInTheStateStoreWhenTheDestinationCannot() {
    String noState = "{store: " + store + ", keepsState: false";
    run(plan("{rows: 5000, batch: 500}", noState + ", crashAfterCommits: 2}", ""));
    long durable = ids("numbers").length;

    var rerun = run(plan("{rows: 5000, batch: 500}", noState + "}", ""));

    assertThat(rerun.total().read()).isEqualTo(5000 - durable);
    assertThat(ids("numbers")).containsExactly(LongStream.rangeClosed(1, 5000).toArray());
  }

  @Test
  void aCompletedFullRefreshStartsOverNextTime() {
    run(plan("{rows: 300}", "{store: " + store + "}", ""));
    var second = run(plan("{rows: 300}", "{store: " + store + "}", ""));

    assertThat(second.total().read()).isEqualTo(300);
    assertThat(ids("numbers")).hasSize(600);
  }

  @Test
  void anIncrementalStreamGoesOnFromItsCursor() {
    String source = "counting, config: {rows: %d}, streams: [{name: numbers, cursor: id}]}";
    var spec1 = "name: test\nsource: {connector: " + source.formatted(300) + "\ndestination: {connector: memory, config: {store: " + store + "}}\n";
    var compiler = new PlanCompiler(Registry.load());
    var reader = new PipelineReader(Map.<String, String>of()::get);
    run(compiler.compile(reader.parse(spec1, "a.yaml")));
    var second = run(compiler.compile(reader.parse(spec1.replace("300", "450"), "a.yaml")));

    assertThat(second.total().read()).isEqualTo(150);
    assertThat(ids("numbers")).containsExactly(LongStream.rangeClosed(1, 450).toArray());
  }

  @Test
  void aFailingSourceFailsTheRunWithItsMessageAndKeepsWhatWasCommitted() {
    var result = run(plan("{rows: 5000, batch: 100, failAt: 3210}", "{store: " + store + "}", ""));

    assertThat(result.outcome()).isInstanceOfSatisfying(Outcome.Failed.class,
        f -> assertThat(f.message()).isEqualTo("source broke at 3210"));
    assertThat(ids("numbers")).hasSizeLessThan(3210);
  }

  @Test
  void runsStreamsInParallelAndReportsProgress() {
    var events = new CopyOnWriteArrayList<RunEvent>();
    var runner = new LocalRunner(new FileStateStore(stateDir), smallCommits, events::add);
    var result = runner.run(plan("{rows: 2000, streams: [a, b, c]}", "{store: " + store + "}", ""));

    assertThat(result.streams()).extracting(StreamResult::stream).containsExactly("a", "b", "c");
    assertThat(ids("a")).hasSize(2000);
    assertThat(ids("c")).hasSize(2000);
    assertThat(events).filteredOn(e -> e instanceof RunEvent.StreamSucceeded).hasSize(3);
    assertThat(events).filteredOn(e -> e instanceof RunEvent.Committed).isNotEmpty();
  }
}
