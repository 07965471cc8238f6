package io.dataaggregator.connector.http;

import io.dataaggregator.engine.spi.CommonErrorCode;
import io.dataaggregator.engine.spi.ConnectorException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;

/**
 * The exceptions of failed requests, with messages that name the request, the host and the
 * setting to check.
 */
final class Failures {
  private Failures() {}

  static ConnectorException unreachable(PageRequest what, IOException e, int attempts) {
    return new ConnectorException(
        HttpErrorCode.UNREACHABLE,
        "cannot reach " + Urls.hostPort(what.uri()) + " (" + networkReason(e) + ") for "
            + what.describe() + ", gave up after " + attempts + " attempt" + (attempts == 1 ? "" : "s")
            + "; check base_url and that the server is up",
        e);
  }

  /** What went wrong on the network, in words: "connection refused", "unknown host". */
  static String networkReason(IOException e) {
    if (e instanceof HttpConnectTimeoutException) {
      return "connect timed out";
    }
    if (e instanceof HttpTimeoutException) {
      return "no response before timeout_seconds";
    }
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    if (e instanceof ConnectException || root instanceof ConnectException) {
      return root.getMessage() != null && !root.getMessage().isBlank()
          && !root.getMessage().toLowerCase(java.util.Locale.ROOT).contains("refused")
          ? "cannot connect: " + root.getMessage() : "connection refused";
    }
    if (root instanceof UnknownHostException || root instanceof UnresolvedAddressException) {
      return "unknown host";
    }
    return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
  }

  static ConnectorException afterRetries(Response r, int attempts) {
    String what = "HTTP " + r.status() + " from " + r.request().describe() + " after " + attempts
        + " attempt" + (attempts == 1 ? "" : "s");
    if (r.status() == 429) {
      return new ConnectorException(HttpErrorCode.RATE_LIMITED,
          what + ": the API keeps answering Too Many Requests; lower requests_per_second or raise max_attempts");
    }
    return new ConnectorException(HttpErrorCode.SERVER_ERROR, what + body(r));
  }

  /** A response that is an answer, not a passing failure: 401, 403, 404, other 4xx. */
  static ConnectorException refused(Response r, Auth auth) {
    String head = "HTTP " + r.status() + " from " + r.request().describe();
    return switch (r.status()) {
      case 401 -> new ConnectorException(HttpErrorCode.UNAUTHORIZED,
          head + ": the API refused the credentials (Unauthorized); check " + auth.settings() + body(r));
      case 403 -> new ConnectorException(HttpErrorCode.FORBIDDEN,
          head + ": the credentials lack the right to read this (Forbidden); check the scopes or"
              + " permissions of the account behind " + auth.settings() + body(r));
      case 404 -> new ConnectorException(HttpErrorCode.NOT_FOUND,
          head + ": no such resource (Not Found); check base_url and the stream's path" + body(r));
      default -> new ConnectorException(HttpErrorCode.CLIENT_ERROR, head + body(r));
    };
  }

  static ConnectorException interrupted(PageRequest what) {
    return new ConnectorException(CommonErrorCode.INTERRUPTED, "interrupted during " + what.describe());
  }

  private static String body(Response r) {
    String s = r.snippet();
    return s.isEmpty() ? "" : "; the response says: " + s;
  }
}
