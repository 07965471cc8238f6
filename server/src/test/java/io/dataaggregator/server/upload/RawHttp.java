package io.dataaggregator.server.upload;

import io.dataaggregator.server.testing.Api;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Requests with a body that is not JSON (YAML text, file chunks), for the contracts. */
public final class RawHttp {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private RawHttp() {}

  /** Sends {@code body} with {@code contentType}; answers parsed like {@link Api}'s. */
  public static Api.Reply send(
      int port, String method, String path, String token, String contentType, byte[] body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .header("X-Forwarded-For", Api.randomIp())
            .header("Authorization", "Bearer " + token)
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(body));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    try {
      HttpResponse<String> response =
          HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
      String type = response.headers().firstValue("Content-Type").orElse("");
      var json =
          response.body() == null || response.body().isBlank() || !type.contains("json")
              ? null
              : Api.JSON.readTree(response.body());
      return new Api.Reply(response.statusCode(), response.headers(), response.body(), json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
