package io.dataaggregator.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataaggregator.engine.pipeline.PipelineReader;
import io.dataaggregator.engine.plan.Plan;
import io.dataaggregator.engine.plan.PlanCompiler;
import io.dataaggregator.engine.spi.Checkpoint;
import io.dataaggregator.engine.spi.CursorRange;
import io.dataaggregator.engine.spi.Registry;
import io.dataaggregator.engine.testing.MemoryDestination;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Backfills: a run over a cursor range that leaves the pipeline's incremental state alone. */
class BackfillTest {
  @TempDir Path stateDir;
  private final String store = UUID.randomUUID().toString();
  private final RunOptions options = RunOptions.DEFAULT.withCommitRows(20);

  /** The counting source's {@code numbers} stream, incremental on id unless {@code cursor} is false. */
  private Plan plan(long rows, boolean cursor, String destination) {
    String streams = cursor ? ", streams: [{name: numbers, cursor: id}]" : "";
    var spec = new PipelineReader(Map.<String, String>of()::get).parse(
        "name: test\nsource: {connector: counting, config: {rows: " + rows + ", batch: 7}" + streams + "}\n"
            + "destination: {connector: memory, config: {store: " + store + destination + "}}\n",
        "test.yaml");
    return new PlanCompiler(Registry.load()).compile(spec);
  }

  private Plan plan(long rows) {
    return plan(rows, true, "");
  }

  private RunResult run(Plan plan) {
    return new LocalRunner(new FileStateStore(stateDir), options, RunListener.NONE).run(plan);
  }

  private RunResult backfill(Plan plan, String from, String to) {
    var backfill = options.withCursorRange(new CursorRange(from, to));
    return new LocalRunner(new FileStateStore(stateDir), backfill, RunListener.NONE).run(plan);
  }

  private MemoryDestination.Table table() {
    return MemoryDestination.store(store).get("numbers");
  }

  private long[] ids() {
    return table().rows.stream().mapToLong(r -> (Long) r[0]).toArray();
  }

  private static long[] range(long from, long to) {
    return LongStream.rangeClosed(from, to).toArray();
  }

  @Test
  void readsOnlyTheRangeBothEndsIncludedAndLeavesTheDestinationsCheckpointAsItWas() {
    run(plan(300));
    Checkpoint before = table().checkpoint;

    var backfill = backfill(plan(450), "50", "120");

    assertThat(backfill.succeeded()).as(backfill.toString()).isTrue();
    assertThat(backfill.total().read()).isEqualTo(71);
    assertThat(ids()).endsWith(range(50, 120)).hasSize(300 + 71);
    assertThat(table().checkpoint).isEqualTo(before);

    var next = run(plan(450));
    assertThat(next.total().read()).as("the ordinary run goes on after 300").isEqualTo(150);
    assertThat(ids()).endsWith(range(301, 450));
  }

  @Test
  void leavesTheStateStoreAsItWasWhereTheDestinationKeepsNoCheckpoints() {
    String noState = ", keepsState: false";
    run(plan(300, true, noState));
    Optional<Checkpoint> before = new FileStateStore(stateDir).load("test", "numbers");
    assertThat(before).isPresent();

    var backfill = backfill(plan(450, true, noState), "1", "10");

    assertThat(backfill.total().read()).isEqualTo(10);
    assertThat(new FileStateStore(stateDir).load("test", "numbers")).isEqualTo(before);
    assertThat(run(plan(450, true, noState)).total().read()).isEqualTo(150);
  }

  @Test
  void aBackfillBeforeAnyOrdinaryRunLeavesTheStreamToStartFromTheBeginning() {
    var backfill = backfill(plan(100), "90", "500");
    assertThat(backfill.total().read()).as("up to the last row there is").isEqualTo(11);

    var first = run(plan(100));

    assertThat(first.total().read()).isEqualTo(100);
    assertThat(ids()).startsWith(range(90, 100)).endsWith(range(1, 100));
  }

  @Test
  void aBackfillIgnoresTheStoredStateAndReadsTheRangeFromItsStart() {
    run(plan(300));

    var backfill = backfill(plan(300), "1", "300");

    assertThat(backfill.total().read()).isEqualTo(300);
  }

  @Test
  void refusesAFullRefreshStreamBeforeReadingARow() {
    var result = backfill(plan(100, false, ""), "1", "10");

    assertThat(result.outcome()).isInstanceOfSatisfying(Outcome.Failed.class, f -> {
      assertThat(f.code()).isEqualTo("BACKFILL");
      assertThat(f.message()).startsWith(
          "stream numbers is full refresh; a backfill needs an incremental stream with a cursor");
      assertThat(f.inputError()).isTrue();
    });
    assertThat(MemoryDestination.store(store)).doesNotContainKey("numbers");
  }

  @Test
  void refusesOverwriteModeWhichWouldReplaceTheTableWithTheRangeAlone() {
    var spec = new PipelineReader(Map.<String, String>of()::get).parse(
        "name: test\nsource: {connector: counting, config: {rows: 10}, streams: [{name: numbers, cursor: id}]}\n"
            + "destination: {connector: memory, config: {store: " + store + "}, mode: overwrite}\n",
        "test.yaml");

    var result = backfill(new PlanCompiler(Registry.load()).compile(spec), "1", "5");

    assertThat(result.outcome()).isInstanceOfSatisfying(Outcome.Failed.class, f -> assertThat(f.message())
        .isEqualTo("a backfill cannot write in overwrite mode: it would replace numbers with the rows of the"
            + " cursor range alone; use append or upsert"));
  }

  @Test
  void aBoundTheSourceCannotParseFailsTheRunNamingStreamFieldAndValue() {
    var result = backfill(plan(100), "ten", "20");

    assertThat(result.outcome()).isInstanceOfSatisfying(Outcome.Failed.class, f -> {
      assertThat(f.message()).isEqualTo(
          "cursor range of stream numbers: from value 'ten' is not a whole number, as cursor field id is");
      assertThat(f.inputError()).isTrue();
    });
  }
}
