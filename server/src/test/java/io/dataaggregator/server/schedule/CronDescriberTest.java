package io.dataaggregator.server.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CronDescriberTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "0 6 * * *         | every day at 06:00 Europe/Berlin",
        "30 7 * * 1-5      | every Monday to Friday at 07:30 Europe/Berlin",
        "0 6,18 * * *      | every day at 06:00 and 18:00 Europe/Berlin",
        "*/15 * * * *      | every 15 minutes Europe/Berlin",
        "0 * * * *         | every hour Europe/Berlin",
        "5 */2 * * *       | every 2 hours at minute 5 Europe/Berlin",
        "*/10 9-17 * * 1-5 | every 10 minutes from 09:00 to 17:59 on Monday to Friday"
            + " Europe/Berlin",
        "0 0 1 * *         | on day 1 of the month at 00:00 Europe/Berlin",
        "0 3 1,15 * *      | on days 1 and 15 of the month at 03:00 Europe/Berlin",
        "0 8 * 1,7 *       | every day at 08:00 in January and July Europe/Berlin",
        "0 9 * * 0,6       | every Sunday and Saturday at 09:00 Europe/Berlin",
        "* * * * * ?       | every second Europe/Berlin",
        "*/5 * * * * ?     | every 5 seconds Europe/Berlin",
        "0 0 6 L * ?       | on the last day of the month at 06:00 Europe/Berlin",
        "0 0 6 ? * 6L      | on the last Friday of the month at 06:00 Europe/Berlin",
        "0 0 6 ? * 2#1     | on the first Monday of the month at 06:00 Europe/Berlin",
        "0 0 6 15W * ?     | on the weekday nearest day 15 of the month at 06:00 Europe/Berlin",
        "0 0 6 ? * MON-FRI | every Monday to Friday at 06:00 Europe/Berlin",
        "0 0 6 * * ? 2031  | every day at 06:00 in 2031 Europe/Berlin",
        "0 1-59/7 * * * ?  | on the cron schedule \"0 1-59/7 * * * ?\" Europe/Berlin",
      })
  void readsCommonShapesOutInEnglish(String cron, String expected) {
    String quartz = CronSpec.parse(cron).quartz();
    assertThat(CronDescriber.describe(quartz, ZoneId.of("Europe/Berlin"))).isEqualTo(expected);
  }
}
