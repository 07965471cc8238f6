package io.dataaggregator.connector.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataaggregator.engine.pipeline.PipelineReader;
import io.dataaggregator.engine.plan.Plan;
import io.dataaggregator.engine.plan.PlanCompiler;
import io.dataaggregator.engine.run.FileStateStore;
import io.dataaggregator.engine.run.LocalRunner;
import io.dataaggregator.engine.run.RunListener;
import io.dataaggregator.engine.run.RunOptions;
import io.dataaggregator.engine.run.RunResult;
import io.dataaggregator.engine.spi.Registry;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Whole runs through the engine's runner: kafka source into a destination that checks the group. */
@ExtendWith(KafkaBroker.class)
@Timeout(120)
class KafkaPipelineIT {
  @TempDir Path stateDir;
  private final String store = UUID.randomUUID().toString();

  private Plan plan(String topic, String group, int crashAfterCommits) {
    String yaml = """
        name: kafka-%s
        source:
          connector: kafka
          config: {bootstrap_servers: "%s", topics: [%s], group_id: %s, batch_size: 40, schema: {n: bigint}}
        destination:
          connector: probe
          config: {store: %s, group: %s, topic: %s, crashAfterCommits: %d}
        """.formatted(store, KafkaBroker.get().bootstrapServers(), topic, group, store, group, topic,
        crashAfterCommits);
    return new PlanCompiler(Registry.load()).compile(new PipelineReader(Map.<String, String>of()::get).parse(yaml, "t.yaml"));
  }

  private RunResult run(Plan plan) {
    return new LocalRunner(new FileStateStore(stateDir), RunOptions.DEFAULT.withCommitRows(100), RunListener.NONE).run(plan);
  }

  private ProbeDestination.Store stored() {
    return ProbeDestination.STORES.get(store);
  }

  private List<Long> ns() {
    return stored().rows.stream().map(r -> (Long) r[0]).sorted().toList();
  }

  private static List<Long> upTo(long n) {
    return LongStream.range(0, n).boxed().toList();
  }

  @Test
  void groupOffsetsNeverRunAheadOfTheDestinationAndCatchUpWhenTheRunEnds() throws Exception {
    String topic = KafkaBroker.get().newTopic("run", 2);
    KafkaDeliveryIT.numbers(topic, 2, 0, 1000);
    String group = "g-" + topic;

    RunResult result = run(plan(topic, group, 0));

    assertThat(result.succeeded()).as(result.outcome().toString()).isTrue();
    assertThat(ns()).isEqualTo(upTo(1000));
    assertThat(stored().durableVersusGroup).hasSizeGreaterThan(3).allSatisfy(
        seen -> assertThat(seen[1]).as("group offsets at a commit").isLessThanOrEqualTo(seen[0]));
    assertThat(Fixtures.sum(Fixtures.groupOffsets(group, topic))).isEqualTo(1000);
  }

  @Test
  void aCrashedRunResumesFromTheDestinationsCheckpointEvenWhenTheGroupLags() throws Exception {
    String topic = KafkaBroker.get().newTopic("crash", 2);
    KafkaDeliveryIT.numbers(topic, 2, 0, 1000);
    String group = "g-" + topic;

    RunResult crashed = run(plan(topic, group, 3));
    assertThat(crashed.succeeded()).isFalse();
    int durable = stored().rows.size();
    assertThat(durable).isBetween(1, 999);
    // As if the process died between the destination's commit and the group's.
    KafkaBroker.get().admin().deleteConsumerGroups(List.of(group)).all().get();

    RunResult rerun = run(plan(topic, group, 0));

    assertThat(rerun.succeeded()).as(rerun.outcome().toString()).isTrue();
    assertThat(rerun.total().read()).isEqualTo(1000 - durable);
    assertThat(ns()).as("every message exactly once").isEqualTo(upTo(1000));
  }

  @Test
  void aSecondRunReadsOnlyWhatArrivedSinceTheFirst() throws Exception {
    String topic = KafkaBroker.get().newTopic("again", 1);
    KafkaDeliveryIT.numbers(topic, 1, 0, 200);
    String group = "g-" + topic;
    assertThat(run(plan(topic, group, 0)).succeeded()).isTrue();
    KafkaDeliveryIT.numbers(topic, 1, 200, 250);

    RunResult second = run(plan(topic, group, 0));

    assertThat(second.total().read()).isEqualTo(50);
    assertThat(ns()).isEqualTo(upTo(250));
  }
}
