package io.dataaggregator.engine.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataaggregator.engine.pipeline.PipelineReader;
import io.dataaggregator.engine.plan.Plan;
import io.dataaggregator.engine.plan.PlanCompiler;
import io.dataaggregator.engine.spi.Registry;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InspectTest {
  private Plan plan(String sourceConfig) {
    return new PlanCompiler(Registry.load()).compile(new PipelineReader(Map.<String, String>of()::get).parse(
        "name: p\nsource: {connector: counting, config: " + sourceConfig + "}\ndestination: {connector: memory}\n", "p.yaml"));
  }

  @Test
  void previewReadsNoMoreThanTheSampleAndKeepsTheSourcesRejections() {
    var previews = Previewer.preview(plan("{rows: 100000, batch: 64, badEvery: 7}"), "", 0, 50, Duration.ofSeconds(10));

    assertThat(previews).hasSize(1);
    StepPreview source = previews.getFirst();
    assertThat(source.name()).isEqualTo("source");
    assertThat(source.rows()).hasSize(50);
    assertThat(source.rows().getFirst()).containsExactly(1L, "n1");
    assertThat(source.rejected()).extracting(r -> r.position()).startsWith(7L, 14L);
  }

  @Test
  void previewShowsTheRowsAStepSendsIntoAChildStream() {
    var plan = new PlanCompiler(Registry.load()).compile(new PipelineReader(Map.<String, String>of()::get).parse("""
        name: p
        source: {connector: counting, config: {rows: 100, tags: 2}}
        transforms:
          - explode: {field: tags, into: number_tags, parent_key: [id], index: i}
          - filter: "id > 1"
        destination: {connector: memory}
        """, "p.yaml"));

    var previews = Previewer.preview(plan, "", 2, 3, Duration.ofSeconds(10));

    StepPreview explode = previews.get(1);
    assertThat(explode.schema().names()).containsExactly("id", "label");
    assertThat(explode.rows()).hasSize(3);
    assertThat(explode.children()).singleElement().satisfies(c -> {
      assertThat(c.stream()).isEqualTo("number_tags");
      assertThat(c.schema().names()).containsExactly("id", "i", "tags");
      assertThat(c.rows()).extracting(r -> r[0], r -> r[1], r -> r[2]).containsExactly(
          org.assertj.core.groups.Tuple.tuple(1L, 0L, "t1-0"),
          org.assertj.core.groups.Tuple.tuple(2L, 0L, "t2-0"),
          org.assertj.core.groups.Tuple.tuple(2L, 1L, "t2-1"));
    });
    assertThat(previews.get(2).rows()).hasSize(2);
    assertThat(previews.get(2).children()).isEmpty();
  }

  @Test
  void profileCountsNullsDistinctMinMaxAndConformance() {
    var profiles = Profiler.profile(plan("{rows: 1000, badEvery: 100}"), "", 10_000, Duration.ofSeconds(10));

    FieldProfile id = profiles.getFirst();
    assertThat(id.field()).isEqualTo("id");
    assertThat(id.count()).isEqualTo(1000);
    assertThat(id.nulls()).isZero();
    assertThat(id.distinct()).isBetween(970L, 1010L);
    assertThat(id.min()).isEqualTo(1L);
    assertThat(id.max()).isEqualTo(999L);
    assertThat(id.conformance()).isEqualTo(0.99);
    assertThat(profiles.get(1).conformance()).isEqualTo(1.0);
  }
}
