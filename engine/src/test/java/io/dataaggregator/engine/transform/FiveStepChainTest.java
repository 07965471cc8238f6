package io.dataaggregator.engine.transform;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataaggregator.engine.type.Batch;
import io.dataaggregator.engine.type.DataType;
import io.dataaggregator.engine.type.Field;
import org.junit.jupiter.api.Test;

class FiveStepChainTest {
  static final String CHAIN =
      """
      - rename: {origin: origin_airport}
      - cast: {delay: int}
      - derive: {late: "delay > 15"}
      - filter: "distance >= 500"
      - deduplicate: {key: [date, origin_airport, destination], keep: first}
      """;

  @Test
  void runsTheIssueChainOnFlightsAsWritten() {
    Batch flights = TestData.json("flights-500.json");
    StepChain chain = Steps.chain(CHAIN, flights.schema());

    Batch out = chain.apply(flights);

    assertThat(out.schema().names())
        .containsExactly("date", "delay", "distance", "origin_airport", "destination", "late");
    assertThat(out.schema().field(1)).isEqualTo(Field.of("delay", DataType.INT));
    assertThat(out.schema().field(5).type()).isEqualTo(DataType.BOOLEAN);
    long expected = flights.rows().stream().filter(r -> (Long) r[2] >= 500).count();
    assertThat(out.size()).isEqualTo((int) expected).isGreaterThan(100);
    for (var row : TestData.maps(out)) {
      assertThat((Boolean) row.get("late")).isEqualTo((Integer) row.get("delay") > 15);
    }
  }

  @Test
  void keepsTheLedgerPerStepAcrossBatches() {
    Batch flights = TestData.json("flights-500.json");
    StepChain chain = Steps.chain(CHAIN, flights.schema());

    chain.apply(flights);
    Batch again = chain.apply(flights);
    chain.finish();

    assertThat(again.rows()).isEmpty();
    var dedup = chain.counts().get(4);
    var filter = chain.counts().get(3);
    assertThat(filter.rowsIn()).isEqualTo(1000);
    assertThat(filter.filtered()).isEqualTo(1000 - filter.rowsOut());
    assertThat(dedup.rowsIn()).isEqualTo(filter.rowsOut());
    assertThat(dedup.rowsOut()).isEqualTo(filter.rowsOut() / 2);
    assertThat(dedup.filtered()).isEqualTo(filter.rowsOut() / 2);
    for (StepCounts c : chain.counts()) {
      assertThat(c.rowsIn() + c.produced())
          .isEqualTo(c.rowsOut() + c.rejected() + c.filtered() + c.held());
    }
  }
}
