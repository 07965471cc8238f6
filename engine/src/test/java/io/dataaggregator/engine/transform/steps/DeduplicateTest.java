package io.dataaggregator.engine.transform.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dataaggregator.engine.spi.ConnectorException;
import io.dataaggregator.engine.transform.StepChain;
import io.dataaggregator.engine.transform.Steps;
import io.dataaggregator.engine.transform.TestData;
import io.dataaggregator.engine.transform.TransformErrorCode;
import io.dataaggregator.engine.type.Batch;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DeduplicateTest {
  private final Batch flights = TestData.json("flights-500.json");

  @Test
  void keepsTheFirstRowOfEachRouteAcrossBatches() {
    StepChain chain = Steps.chain("- deduplicate: [origin, destination]", flights.schema());
    var halves =
        List.of(
            new Batch(flights.schema(), flights.rows().subList(0, 250)),
            new Batch(flights.schema(), flights.rows().subList(250, 500)));
    var kept = new java.util.ArrayList<Object[]>();
    for (Batch half : halves) {
      kept.addAll(chain.apply(half).rows());
    }
    kept.addAll(chain.finish().rows());
    var firstByRoute = new LinkedHashMap<List<Object>, Object[]>();
    flights.rows().forEach(r -> firstByRoute.putIfAbsent(List.of(r[3], r[4]), r));
    assertThat(kept).hasSize(427).containsExactlyElementsOf(firstByRoute.values());
    assertThat(chain.counts().getFirst().filtered()).isEqualTo(73);
  }

  @Test
  void keepsTheLastRowByAnOrderingFieldAndReleasesItAtTheEnd() {
    StepChain chain =
        Steps.chain("- deduplicate: {key: origin, keep: last, order_by: delay}", flights.schema());
    Batch during = chain.apply(flights);
    assertThat(during.rows()).isEmpty();
    var mid = chain.counts().getFirst();
    assertThat(mid.held()).isEqualTo(mid.rowsIn() - mid.filtered());
    Batch end = chain.finish();

    var maxDelay = new HashMap<Object, Long>();
    flights.rows().forEach(r -> maxDelay.merge(r[3], (Long) r[1], Math::max));
    assertThat(end.size()).isEqualTo(maxDelay.size());
    for (Object[] row : end.rows()) {
      assertThat(row[1]).isEqualTo(maxDelay.get(row[3]));
    }
    var counts = chain.counts().getFirst();
    assertThat(counts.held()).isZero();
    assertThat(counts.rowsOut() + counts.filtered()).isEqualTo(500);
  }

  @Test
  void keepLastWithoutOrderTakesTheLatestArrival() {
    Batch out = Steps.run("- deduplicate: {key: [origin], keep: last}", flights);
    Map<Object, Object[]> last = new LinkedHashMap<>();
    flights.rows().forEach(r -> last.put(r[3], r));
    assertThat(out.rows()).containsExactlyInAnyOrderElementsOf(last.values());
  }

  @Test
  void stopsWithAClearErrorPastMaxKeys() {
    StepChain chain = Steps.chain("- deduplicate: {key: [date], max_keys: 100}", flights.schema());
    assertThatThrownBy(() -> chain.apply(flights))
        .isInstanceOf(ConnectorException.class)
        .hasMessageContaining("seen 100 distinct keys, its max_keys")
        .extracting(e -> ((ConnectorException) e).errorCode())
        .isEqualTo(TransformErrorCode.STATE_LIMIT);
  }

  @Test
  void refusesUnknownKeysAndUnorderableFields() {
    assertThatThrownBy(
            () -> Steps.chain("- deduplicate: {key: [origin_airport]}", flights.schema()))
        .hasMessageContaining("key[0]: unknown field 'origin_airport'");
    Batch quakes = TestData.json("earthquakes-60.json");
    assertThatThrownBy(
            () ->
                Steps.chain(
                    "- deduplicate: {key: id, keep: last, order_by: geometry}", quakes.schema()))
        .hasMessageContaining("order_by: 'geometry' is json");
    assertThatThrownBy(
            () -> Steps.chain("- deduplicate: {key: [date], keep: newest}", flights.schema()))
        .hasMessageContaining("keep");
  }
}
