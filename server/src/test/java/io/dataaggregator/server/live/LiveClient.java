package io.dataaggregator.server.live;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A WebSocket client of {@code /ws} for tests (the JDK's), collecting what the server pushes. */
public final class LiveClient implements WebSocket.Listener, AutoCloseable {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private final BlockingQueue<JsonNode> messages = new LinkedBlockingQueue<>();
  private final CompletableFuture<Integer> closed = new CompletableFuture<>();
  private final StringBuilder partial = new StringBuilder();
  private WebSocket socket;

  /** Opens the socket, with {@code ?access_token=} when the token is not null. */
  public static LiveClient connect(int port, String token) {
    LiveClient client = new LiveClient();
    String query = token == null ? "" : "?access_token=" + token;
    client.socket =
        HTTP.newWebSocketBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .buildAsync(URI.create("ws://127.0.0.1:" + port + "/ws" + query), client)
            .join();
    return client;
  }

  public void send(Map<String, Object> message) {
    socket.sendText(JSON.writeValueAsString(message), true).join();
  }

  /** The next message that matches, skipping others; fails after the timeout. */
  public JsonNode await(String what, Duration timeout, Predicate<JsonNode> wanted)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      long left = deadline - System.nanoTime();
      JsonNode next = left <= 0 ? null : messages.poll(left, TimeUnit.NANOSECONDS);
      if (next == null) {
        throw new AssertionError(
            "no " + what + " within " + timeout + " (closed: " + closed.getNow(null) + ")");
      }
      if (wanted.test(next)) {
        return next;
      }
    }
  }

  /** The close code the server sent, waiting for it. */
  public int awaitClose(Duration timeout) throws Exception {
    return closed.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  @Override
  public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
    partial.append(data);
    if (last) {
      messages.add(JSON.readTree(partial.toString()));
      partial.setLength(0);
    }
    webSocket.request(1);
    return null;
  }

  @Override
  public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
    closed.complete(statusCode);
    return null;
  }

  @Override
  public void onError(WebSocket webSocket, Throwable error) {
    closed.completeExceptionally(error);
  }

  @Override
  public void close() {
    if (!socket.isOutputClosed()) {
      socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye");
    }
    socket.abort();
  }
}
