package io.dataaggregator.server.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dataaggregator.server.schedule.CursorRanges.Range;
import io.dataaggregator.server.system.ApiException;
import org.junit.jupiter.api.Test;

class CursorRangesTest {
  @Test
  void numbersSplitIntoInclusiveRangesOfTheStep() {
    assertThat(CursorRanges.split("1", "2500", "1000"))
        .containsExactly(
            new Range("1", "1000"), new Range("1001", "2000"), new Range("2001", "2500"));
    assertThat(CursorRanges.split("5", "5", "10")).containsExactly(new Range("5", "5"));
  }

  @Test
  void datesSplitByPeriodEachEndingTheDayBeforeTheNext() {
    assertThat(CursorRanges.split("2024-01-30", "2024-02-10", "P1W"))
        .containsExactly(
            new Range("2024-01-30", "2024-02-05"), new Range("2024-02-06", "2024-02-10"));
  }

  @Test
  void timestampsEndOneMicrosecondBeforeTheNextRangeAndKeepTheirForm() {
    assertThat(CursorRanges.split("2024-01-01T00:00:00Z", "2024-01-01T12:00:00Z", "PT6H"))
        .containsExactly(
            new Range("2024-01-01T00:00Z", "2024-01-01T05:59:59.999999Z"),
            new Range("2024-01-01T06:00Z", "2024-01-01T11:59:59.999999Z"),
            new Range("2024-01-01T12:00Z", "2024-01-01T12:00Z"));
    assertThat(CursorRanges.split("2024-01-01T00:00:00", "2024-01-02T00:00:00", "P1D"))
        .first()
        .isEqualTo(new Range("2024-01-01T00:00", "2024-01-01T23:59:59.999999"));
  }

  @Test
  void withoutAStepTheWholeRangeIsOneRun() {
    assertThat(CursorRanges.split("2024-01-01", "2024-12-31", null))
        .containsExactly(new Range("2024-01-01", "2024-12-31"));
  }

  @Test
  void refusesRangesItCannotSplit() {
    assertThatThrownBy(() -> CursorRanges.split("a", "b", null)).isInstanceOf(ApiException.class);
    assertThatThrownBy(() -> CursorRanges.split("10", "1", null))
        .hasMessageContaining("before from");
    assertThatThrownBy(() -> CursorRanges.split("1", "10", "0")).hasMessageContaining("at least 1");
    assertThatThrownBy(() -> CursorRanges.split("2024-01-01", "2024-02-01", "1d"))
        .hasMessageContaining("ISO period");
    assertThatThrownBy(() -> CursorRanges.split("1", "5000", "1"))
        .hasMessageContaining("more than 1000 runs");
  }
}
