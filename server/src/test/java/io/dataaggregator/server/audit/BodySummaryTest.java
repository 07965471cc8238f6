package io.dataaggregator.server.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BodySummaryTest {
  @Test
  void showsShortTopLevelValuesAndMasksSecretNames() {
    String summary =
        of(
            "{\"username\":\"ann\",\"password\":\"hunter2hunter2\",\"apiKey\":\"k\",\"totp\":\"123456\",\"n\":3,\"on\":true}");
    assertThat(summary)
        .isEqualTo("username=ann, password=***, apiKey=***, totp=***, n=3, on=true")
        .doesNotContain("hunter2");
  }

  @Test
  void nestedValuesAndLongTextsAreOnlyMeasuredBecauseSecretsHideInThem() {
    String summary =
        of(
            "{\"config\":{\"host\":\"db\",\"pwd\":\"s3cret\"},\"tags\":[1,2],\"yaml\":\"a: 1\\n"
                + "b: 2\"}");
    assertThat(summary).isEqualTo("config={2 fields}, tags=[2 items], yaml=(9 characters)");
  }

  @Test
  void credentialsInUrlsAreMasked() {
    assertThat(of("{\"url\":\"postgres://bob:pw@db:5432/x\"}"))
        .isEqualTo("url=postgres://***@db:5432/x");
  }

  @Test
  void nonJsonBodiesAreDescribedBySize() {
    assertThat(BodySummary.of("text/csv", "a,b".getBytes(StandardCharsets.UTF_8)))
        .isEqualTo("text/csv, 3 bytes");
    assertThat(BodySummary.of("application/json", "{oops".getBytes(StandardCharsets.UTF_8)))
        .isEqualTo("unreadable JSON, 5 bytes");
    assertThat(BodySummary.of("application/json", new byte[0])).isEmpty();
  }

  @Test
  void actionsAndTargetsComeFromHandlerNamesAndPathPatterns() {
    assertThat(RequestAudit.kebab("changeRole")).isEqualTo("change-role");
    assertThat(RequestAudit.targetType("/api/v1/alerts/rules/{id}")).isEqualTo("alerts.rules");
    assertThat(RequestAudit.targetType("/api/v1/users/{id}/role")).isEqualTo("users");
    assertThat(RequestAudit.targetType("/api/v1/auth/login")).isEqualTo("auth.login");
    assertThat(RequestAudit.targetType("/other")).isNull();
  }

  private static String of(String json) {
    return BodySummary.of("application/json", json.getBytes(StandardCharsets.UTF_8));
  }
}
