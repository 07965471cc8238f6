package io.dataaggregator.engine.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dataaggregator.engine.spi.WriteMode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PipelineReaderTest {
  private final PipelineReader reader = new PipelineReader(Map.of("PGPASSWORD", "s3cret")::get);

  @Test
  void readsTheDocumentedExampleAndSubstitutesEnvironmentVariables() {
    var spec = reader.parse("""
        name: flights
        source:
          connector: csv
          config: {path: data/flights.csv}
          streams: [flights]
        transforms: []
        destination:
          connector: postgres
          config: {host: 127.0.0.1, port: 5432, database: test, user: postgres, password: "${PGPASSWORD}", schema: public}
          mode: upsert
          key: [id]
        quality:
          max_rejected_ratio: 0.01
        """, "flights.yaml");

    assertThat(spec.name()).isEqualTo("flights");
    assertThat(spec.source().streams()).containsExactly(new StreamSelection("flights", ""));
    assertThat(spec.destination().config()).containsEntry("password", "s3cret").containsEntry("port", 5432);
    assertThat(spec.destination().mode()).isEqualTo(WriteMode.UPSERT);
    assertThat(spec.destination().key()).containsExactly("id");
    assertThat(spec.quality().maxRejectedRatio()).isEqualTo(0.01);
  }

  @Test
  void reportsEveryProblemAtOnceWithItsLineAndField() {
    String text = """
        source:
          connector: csv
          config: {path: "${NOT_SET_ANYWHERE}"}
        destination:
          connector: postgres
          mode: merge
        quality:
          max_rejected_ratio: 3
        schedule: daily
        """;
    assertThatThrownBy(() -> reader.parse(text, "bad.yaml"))
        .isInstanceOfSatisfying(InvalidPipelineException.class, e -> assertThat(e.problems())
            .extracting(PipelineProblem::toString)
            .containsExactly(
                "line 1, name: is required",
                "line 3, source.config.path: environment variable NOT_SET_ANYWHERE is not set"
                    + " (write ${NOT_SET_ANYWHERE:-default} to give a default)",
                "line 6, destination.mode: 'merge' is not a mode; use append, overwrite or upsert",
                "line 8, quality.max_rejected_ratio: must be a number from 0 to 1, found '3'",
                "line 9, schedule: unknown key 'schedule'; expected one of"
                    + " [description, destination, name, quality, source, transforms]"));
  }

  @Test
  void namesTheLineOfAYamlSyntaxError() {
    assertThatThrownBy(() -> reader.parse("name: x\nsource: {connector: csv\ndestination: y\n", "broken.yaml"))
        .isInstanceOfSatisfying(InvalidPipelineException.class, e -> {
          assertThat(e.problems()).hasSize(1);
          assertThat(e.problems().getFirst().line()).isEqualTo(3);
          assertThat(e.problems().getFirst().message()).startsWith("not valid YAML");
        });
  }

  @Test
  void upsertWithoutKeyIsReportedOnTheModeLine() {
    assertThatThrownBy(() -> reader.parse("""
        name: x
        source: {connector: csv}
        destination:
          connector: postgres
          mode: upsert
        """, "x.yaml"))
        .isInstanceOfSatisfying(InvalidPipelineException.class, e -> assertThat(e.problems())
            .extracting(PipelineProblem::line, PipelineProblem::field)
            .containsExactly(org.assertj.core.groups.Tuple.tuple(5, "destination.mode")));
  }

  @Test
  void readsStepsAsOneKeyMapsAndStreamsWithCursors() {
    var spec = reader.parse("""
        name: x
        source:
          connector: csv
          streams: [a, {name: b, cursor: updated_at}]
        transforms:
          - rename: {origin: origin_airport}
          - filter: "distance >= 500"
        destination: {connector: json, table: out}
        """, "x.yaml");
    assertThat(spec.source().streams()).containsExactly(new StreamSelection("a", ""), new StreamSelection("b", "updated_at"));
    assertThat(spec.transforms()).extracting(StepSpec::id, StepSpec::config).containsExactly(
        org.assertj.core.groups.Tuple.tuple("rename", Map.of("origin", "origin_airport")),
        org.assertj.core.groups.Tuple.tuple("filter", "distance >= 500"));
    assertThat(spec.sourceMap().lineOf("/transforms/1/filter")).isEqualTo(7);
    assertThat(spec.destination().table()).isEqualTo("out");
    assertThat(List.of(spec.quality())).containsExactly(QualitySpec.DEFAULT);
  }

  @Test
  void aStepWithTwoKeysIsAProblem() {
    assertThatThrownBy(() -> reader.parse("""
        name: x
        source: {connector: csv}
        transforms:
          - {rename: {a: b}, cast: {a: int}}
        destination: {connector: json}
        """, "x.yaml"))
        .hasMessageContaining("line 4, transforms[0]: a step is a one-key map");
  }
}
