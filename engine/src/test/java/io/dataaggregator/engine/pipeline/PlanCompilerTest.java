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
}
