package io.dataaggregator.engine.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dataaggregator.engine.plan.PlanCompiler;
import io.dataaggregator.engine.spi.Registry;
import io.dataaggregator.engine.testing.CountingSource;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlanCompilerTest {
  private final PipelineReader reader = new PipelineReader(Map.<String, String>of()::get);
  private final PlanCompiler compiler = new PlanCompiler(Registry.load());

  @Test
  void bindsConnectorsAndTheirConfigRecords() {
    var plan = compiler.compile(reader.parse("""
        name: ok
        source: {connector: counting, config: {rows: 10}}
        destination: {connector: memory, config: {store: s}}
        """, "ok.yaml"));
    assertThat(plan.source().config()).isEqualTo(new CountingSource.Config(10, 100, null, 0L, 0L));
    assertThat(plan.destination().id()).isEqualTo("memory");
  }

  @Test
  void unknownConnectorNamesTheAvailableOnes() {
    assertThatThrownBy(() -> compiler.compile(reader.parse("""
        name: x
        source: {connector: nope}
        destination: {connector: memory}
        """, "x.yaml")))
        .hasMessageContaining("line 2, source.connector: unknown source 'nope'; available: ")
        .hasMessageContaining("counting");
  }

  @Test
  void configProblemsPointAtTheLineOfTheSetting() {
    assertThatThrownBy(() -> compiler.compile(reader.parse("""
        name: x
        source:
          connector: counting
          config:
            rows: many
            colour: red
        destination: {connector: memory}
        """, "x.yaml")))
        .isInstanceOfSatisfying(InvalidPipelineException.class, e -> assertThat(e.problems())
            .extracting(PipelineProblem::toString)
            .anySatisfy(p -> assertThat(p).startsWith("line 5, source.config.rows:"))
            .anySatisfy(p -> assertThat(p).isEqualTo("line 6, source.config.colour: is not a known setting")));
  }

  @Test
  void unknownStepNamesItsLine() {
    assertThatThrownBy(() -> compiler.compile(reader.parse("""
        name: x
        source: {connector: counting, config: {rows: 1}}
        transforms:
          - teleport: {to: mars}
        destination: {connector: memory}
        """, "x.yaml")))
        .hasMessageContaining("line 4, transforms[0].teleport: unknown step 'teleport'");
  }

  private InvalidPipelineException problemsOf(String yaml) {
    var thrown = org.assertj.core.api.Assertions.catchThrowableOfType(
        InvalidPipelineException.class, () -> compiler.compile(reader.parse(yaml, "x.yaml")));
    assertThat(thrown).as("the pipeline is refused").isNotNull();
    return thrown;
  }

  @Test
  void upsertingAChildStreamWithoutIndexIsRefusedNamingTheStep() {
    var e = problemsOf("""
        name: x
        source: {connector: counting, config: {rows: 1, tags: 2}}
        transforms:
          - rename: {label: name}
          - explode:
              field: tags
              into: number_tags
              parent_key: [id]
        destination: {connector: memory, mode: upsert, key: [id]}
        """);
    assertThat(e.problems()).extracting(PipelineProblem::toString).containsExactly(
        "line 5, transforms[1].explode: step 2 (explode): destination.mode is upsert, so the rows of"
            + " child stream 'number_tags' need a key: set index, and parent_key + index will key them");
  }

  @Test
  void aChildStreamNeedsANameOfItsOwnAndOneParentStream() {
    var e = problemsOf("""
        name: x
        source: {connector: counting, config: {rows: 1}, streams: [numbers, more]}
        transforms:
          - explode: {field: tags, into: numbers, parent_key: [id]}
          - explode: {field: tags, into: numbers, parent_key: [id]}
          - explode: {field: tags, into: out, parent_key: [id]}
        destination: {connector: memory, table: out}
        """);
    assertThat(e.problems()).extracting(PipelineProblem::toString).contains(
        "line 4, transforms[0].explode: step 1 (explode): into: 'numbers' is a stream the source"
            + " reads; name the child stream otherwise",
        "line 5, transforms[1].explode: step 2 (explode): into: 'numbers' is already the child"
            + " stream of step 1 (explode)",
        "line 6, transforms[2].explode: step 3 (explode): into: 'out' is also destination.table;"
            + " name the child stream otherwise",
        "line 6, transforms[2].explode: step 3 (explode): into: 'out' makes one child stream, but"
            + " source.streams names 2 streams [numbers, more]; read one stream in a pipeline that"
            + " explodes into a child");
  }

  @Test
  void childStreamSettingsMustFitTogether() {
    var e = problemsOf("""
        name: x
        source: {connector: counting, config: {rows: 1}}
        transforms:
          - explode: {field: tags, into: number_tags}
          - explode: {field: tags, parent_key: [id]}
          - explode: {field: tags, into: t, parent_key: [tags]}
          - explode: {field: tags, into: u, parent_key: [id], as: id}
        destination: {connector: memory}
        """);
    assertThat(e.problems()).extracting(PipelineProblem::toString).containsExactly(
        "line 4, transforms[0].explode: step 1 (explode): parent_key: into needs the parent's key"
            + " fields, copied into every child row to link it to its parent",
        "line 5, transforms[1].explode: step 2 (explode): parent_key: is for into; without into the"
            + " array explodes in place",
        "line 6, transforms[2].explode: step 3 (explode): parent_key: 'tags' is the array being"
            + " exploded",
        "line 7, transforms[3].explode: step 4 (explode): the child stream 'u' would have the fields"
            + " [id, id]; parent_key, index and as (default the array field's name) must differ");
  }
}
