package io.dataaggregator.server.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real HTTP client for the server under test. Each instance poses as one client address (sent as
 * {@code X-Forwarded-For}, which the test profile trusts from localhost), so the per-IP login rate
 * limit of one test does not spill into another.
 */
public final class Api {
  public static final JsonMapper JSON = JsonMapper.builder().build();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private final String base;
  private final String clientIp;

  public Api(int port) {
    this(port, randomIp());
  }

  public Api(int port, String clientIp) {
    this.base = "http://127.0.0.1:" + port;
    this.clientIp = clientIp;
  }

  /** The client address this instance poses as. */
  public String clientIp() {
    return clientIp;
  }

  public static String randomIp() {
    ThreadLocalRandom r = ThreadLocalRandom.current();
    return "10." + r.nextInt(256) + "." + r.nextInt(256) + "." + (1 + r.nextInt(254));
  }

  /** An answer: status, headers and the body parsed as JSON (null when empty or not JSON). */
  public record Reply(int status, java.net.http.HttpHeaders headers, String raw, JsonNode body) {
    public String header(String name) {
      return headers.firstValue(name).orElse(null);
    }

    public String text(String field) {
      JsonNode node = body == null ? null : body.get(field);
      return node == null || node.isNull() ? null : node.asString();
    }

    /** Asserts the status, showing the body when it differs. */
    public Reply expect(int expected) {
      assertThat(status).as("status of answer %s", raw).isEqualTo(expected);
      return this;
    }

    /** Asserts a problem+json answer with this status whose errors name the field. */
    public Reply expectProblem(int expected, String field) {
      expect(expected);
      assertThat(header("Content-Type")).startsWith("application/problem+json");
      assertThat(text("detail")).as("detail").isNotBlank();
      if (field != null) {
        assertThat(body.get("errors").findValuesAsString("field")).as(raw).contains(field);
      }
      return this;
    }
  }

  public Reply call(String method, String path, String token, Object body) {
    Map<String, String> headers = new LinkedHashMap<>();
    if (token != null) {
      headers.put("Authorization", "Bearer " + token);
    }
    return call(method, path, headers, body);
  }

  public Reply call(String method, String path, Map<String, String> headers, Object body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path)).header("X-Forwarded-For", clientIp);
    headers.forEach(request::header);
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      String text = body instanceof String s ? s : JSON.writeValueAsString(body);
      request.header("Content-Type", "application/json");
      request.method(method, HttpRequest.BodyPublishers.ofString(text));
    }
    try {
      HttpResponse<String> response =
          HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Reply(response.statusCode(), response.headers(), response.body(), parse(response));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public Reply get(String path, String token) {
    return call("GET", path, token, null);
  }

  public Reply post(String path, String token, Object body) {
    return call("POST", path, token, body);
  }

  public Reply put(String path, String token, Object body) {
    return call("PUT", path, token, body);
  }

  public Reply delete(String path, String token) {
    return call("DELETE", path, token, null);
  }

  /** Logs in (expecting success) and returns the session. */
  public Session login(String username, String password) {
    Reply reply =
        post("/api/v1/auth/login", null, Map.of("username", username, "password", password))
            .expect(200);
    return new Session(this, reply.text("accessToken"), reply.text("refreshToken"), username);
  }

  /** A logged-in user. */
  public record Session(Api api, String token, String refreshToken, String username) {
    public Reply call(String method, String path) {
      return api.call(method, path, token, null);
    }

    public Reply get(String path) {
      return api.get(path, token);
    }

    public Reply post(String path, Object body) {
      return api.post(path, token, body);
    }

    public Reply put(String path, Object body) {
      return api.put(path, token, body);
    }

    public Reply delete(String path) {
      return api.delete(path, token);
    }

    public UUID id() {
      return UUID.fromString(get("/api/v1/users/me").expect(200).text("id"));
    }
  }

  private static JsonNode parse(HttpResponse<String> response) {
    String body = response.body();
    String type = response.headers().firstValue("Content-Type").orElse("");
    if (body == null || body.isBlank() || !type.contains("json")) {
      return null;
    }
    return JSON.readTree(body);
  }
}
