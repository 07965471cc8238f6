package io.dataaggregator.server.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataaggregator.engine.config.ConfigProblem;
import io.dataaggregator.engine.config.InvalidConfigException;
import io.dataaggregator.engine.spi.CommonErrorCode;
import io.dataaggregator.engine.spi.ConnectorException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.ServletWebRequest;

/** How engine failures map to HTTP, by their ErrorCode. */
class ProblemAdviceTest {
  private final ProblemAdvice advice = new ProblemAdvice();
  private final ServletWebRequest request =
      new ServletWebRequest(new MockHttpServletRequest("POST", "/api/v1/connections/x/test"));

  @Test
  void invalidConfigIs400NamingEachField() {
    var e =
        new InvalidConfigException(
            "Connection pg", List.of(new ConfigProblem("/port", "must be at most 65535")));
    ProblemDetail problem = body(advice.connector(e, request));
    assertThat(problem.getStatus()).isEqualTo(400);
    assertThat(problem.getProperties()).containsEntry("errorCode", "COMMON-01");
    assertThat(problem.getProperties().get("errors"))
        .isEqualTo(List.of(new FieldProblem("port", "must be at most 65535")));
    assertThat(problem.getInstance()).hasToString("/api/v1/connections/x/test");
  }

  @Test
  void otherInputErrorsAre422() {
    var e = new ConnectorException(CommonErrorCode.AUTH_FAILED, "password rejected by db.example");
    ProblemDetail problem = body(advice.connector(e, request));
    assertThat(problem.getStatus()).isEqualTo(422);
    assertThat(problem.getDetail()).isEqualTo("[COMMON-03] password rejected by db.example");
  }

  @Test
  void systemFailuresAre502AndSayWhetherRetryingMayHelp() {
    var e = new ConnectorException(CommonErrorCode.UNREACHABLE, "db.example:5432 refused");
    ProblemDetail problem = body(advice.connector(e, request));
    assertThat(problem.getStatus()).isEqualTo(502);
    assertThat(problem.getProperties()).containsEntry("transient", true);
    assertThat(problem.getType()).hasToString("urn:dataaggregator:problem:upstream");
  }

  private static ProblemDetail body(ResponseEntity<Object> response) {
    return (ProblemDetail) response.getBody();
  }
}
