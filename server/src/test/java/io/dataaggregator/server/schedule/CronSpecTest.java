package io.dataaggregator.server.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class CronSpecTest {
  @Test
  void classicFiveFieldCronBecomesQuartzWithSecondsAndAQuestionMark() {
    assertThat(CronSpec.parse("0 6 * * *").quartz()).isEqualTo("0 0 6 * * ?");
    assertThat(CronSpec.parse(" */15  9-17 * * * ").quartz()).isEqualTo("0 */15 9-17 * * ?");
    assertThat(CronSpec.parse("0 0 1 * *").quartz()).isEqualTo("0 0 0 1 * ?");
  }

  @Test
  void classicDaysOfWeekAreRenumberedSundayBeingZeroOrSeven() {
    assertThat(CronSpec.parse("0 6 * * 1-5").quartz()).isEqualTo("0 0 6 ? * 2-6");
    assertThat(CronSpec.parse("0 6 * * 0,6").quartz()).isEqualTo("0 0 6 ? * 1,7");
    assertThat(CronSpec.parse("0 6 * * 7").quartz()).isEqualTo("0 0 6 ? * 1");
    assertThat(CronSpec.parse("0 6 * * */2").quartz()).isEqualTo("0 0 6 ? * */2");
    assertThat(CronSpec.parse("0 6 * * mon-fri").quartz()).isEqualTo("0 0 6 ? * MON-FRI");
  }

  @Test
  void quartzExpressionsAndMacrosAreTakenAsTheyAre() {
    assertThat(CronSpec.parse("0 0 6 L * ?").quartz()).isEqualTo("0 0 6 L * ?");
    assertThat(CronSpec.parse("0 0 6 ? * 6#3 2030").quartz()).isEqualTo("0 0 6 ? * 6#3 2030");
    assertThat(CronSpec.parse("@daily").quartz()).isEqualTo("0 0 0 * * ?");
    assertThat(CronSpec.parse("@HOURLY").original()).isEqualTo("@HOURLY");
    assertThat(CronSpec.parse("@weekly").quartz()).isEqualTo("0 0 0 ? * 1");
  }

  @Test
  void refusesWhatItCannotScheduleAndSaysWhy() {
    assertThatThrownBy(() -> CronSpec.parse("0 6 1 * 1"))
        .hasMessageContaining("both the day of month");
    assertThatThrownBy(() -> CronSpec.parse("0 6 * *")).hasMessageContaining("has 4 fields");
    assertThatThrownBy(() -> CronSpec.parse("0 6 * * 8")).hasMessageContaining("day of week 8");
    assertThatThrownBy(() -> CronSpec.parse("0 25 * * *")).hasMessageContaining("is not valid");
  }

  @Test
  void nextRunsFollowTheZoneAcrossDaylightSavingTime() {
    ZoneId berlin = ZoneId.of("Europe/Berlin");
    Instant beforeSwitch = Instant.parse("2030-03-29T12:00:00Z"); // DST starts 2030-03-31
    List<OffsetDateTime> next = CronSpec.parse("0 6 * * *").next(berlin, beforeSwitch, 3);
    assertThat(next)
        .extracting(OffsetDateTime::toString)
        .containsExactly(
            "2030-03-30T06:00+01:00", "2030-03-31T06:00+02:00", "2030-04-01T06:00+02:00");
  }

  @Test
  void aScheduleThatEndsHasFewerNextRuns() {
    assertThat(
            CronSpec.parse("0 0 6 1 1 ? 2031")
                .next(ZoneId.of("UTC"), Instant.parse("2030-01-01T00:00:00Z"), 5))
        .hasSize(1);
  }
}
