package io.dataaggregator.server.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataaggregator.server.testing.Api.Reply;
import io.dataaggregator.server.testing.Api.Session;
import io.dataaggregator.server.testing.OnH2;
import io.dataaggregator.server.testing.ServerIT;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Error format, correlation ids and the public endpoints; independent of the store. */
@OnH2
class ErrorsOnH2IT extends ServerIT {
  @Test
  void unknownPathsAre404ProblemJson() {
    Session admin = admin();
    Reply api = admin.get("/api/v1/no-such-thing").expectProblem(404, null);
    assertThat(api.text("detail")).contains("/api/v1/no-such-thing");
    assertThat(api.text("instance")).isEqualTo("/api/v1/no-such-thing");
    Reply page = this.api.get("/no-such-page", null);
    if (getClass().getResource("/static/index.html") != null) {
      // With the console built in, other paths are its client-side routes: it shows its own 404.
      assertThat(page.status()).isEqualTo(200);
      assertThat(page.header("Content-Type")).startsWith("text/html");
    } else {
      page.expectProblem(404, null);
    }
  }

  @Test
  void wrongMethodIs405ProblemJson() {
    admin().call("DELETE", "/api/v1/settings").expectProblem(405, null);
  }

  @Test
  void missingBodyIs400NamingTheBody() {
    admin().post("/api/v1/users", null).expectProblem(400, "body");
  }

  @Test
  void correlationIdIsEchoedOrCreatedAndCarriedInProblems() {
    Reply echoed =
        api.call("GET", "/api/v1/users", Map.of("X-Correlation-Id", "trace-42"), null)
            .expectProblem(401, null);
    assertThat(echoed.header("X-Correlation-Id")).isEqualTo("trace-42");
    assertThat(echoed.text("correlationId")).isEqualTo("trace-42");

    Reply created =
        api.call("GET", "/api/v1/users", Map.of("X-Correlation-Id", "bad id\twith tab"), null);
    assertThat(created.header("X-Correlation-Id")).isNotBlank().doesNotContain("bad");
  }

  @Test
  void anEndpointWithoutPermissionAnnotationIsClosedToEveryone() {
    Reply reply = admin().get("/test-only/unannotated").expectProblem(403, null);
    assertThat(reply.text("type")).endsWith(":endpoint-without-permission");
    assertThat(reply.raw()).doesNotContain("should never be served");
  }

  @Test
  void healthOpenApiAndSwaggerUiArePublic() {
    assertThat(api.get("/actuator/health", null).expect(200).text("status")).isEqualTo("UP");
    Reply doc = api.get("/v3/api-docs", null).expect(200);
    assertThat(doc.body().at("/components/securitySchemes/bearer/scheme").asString())
        .isEqualTo("bearer");
    assertThat(doc.body().at("/components/securitySchemes/apiKey/name").asString())
        .isEqualTo("X-API-Key");
    api.get("/swagger-ui/index.html", null).expect(200);
  }
}
