import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * WebSocket load client (JDK only; run as {@code java WsLoad.java ...}): opens N authenticated
 * connections to {@code /ws}, subscribes each to everything, triggers one run and measures how late
 * each progress message reaches each client (receive time minus the message's {@code at}), plus the
 * server's resident memory (from /proc) idle with N sockets and at its peak during the run.
 *
 * <p>Arguments: host port accessToken connections pipelineId serverPid
 */
public final class WsLoad {
  private static final Pattern TYPE = Pattern.compile("\"type\":\"([a-z]+)\"");
  private static final Pattern AT = Pattern.compile("\"at\":\"([^\"]+)\"");
  private static final Pattern RUN = Pattern.compile("\"runId\":\"([^\"]+)\"");
  private static final Pattern STATUS = Pattern.compile("\"status\":\"([a-z]+)\"");

  static final ConcurrentLinkedQueue<Long> lagsMicros = new ConcurrentLinkedQueue<>();
  static final AtomicInteger subscribed = new AtomicInteger();
  static final AtomicInteger finished = new AtomicInteger();
  static final AtomicInteger closed = new AtomicInteger();
  static final AtomicLong messages = new AtomicLong();
  static volatile String runId = "";

  public static void main(String[] args) throws Exception {
    String host = args[0];
    int port = Integer.parseInt(args[1]);
    String token = args[2];
    int connections = Integer.parseInt(args[3]);
    String pipeline = args[4];
    long serverPid = Long.parseLong(args[5]);

    List<HttpClient> clients = new ArrayList<>();
    for (int i = 0; i < Math.max(1, connections / 1000); i++) {
      clients.add(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(60)).build());
    }
    URI uri = URI.create("ws://" + host + ":" + port + "/ws?access_token=" + token);
    Semaphore inFlight = new Semaphore(200); // handshakes at once
    List<WebSocket> sockets = new ArrayList<>();
    AtomicInteger failedOpens = new AtomicInteger();
    long t0 = System.nanoTime();
    List<CompletableFuture<WebSocket>> opening = new ArrayList<>();
    for (int i = 0; i < connections; i++) {
      inFlight.acquire();
      CompletableFuture<WebSocket> f =
          clients.get(i % clients.size()).newWebSocketBuilder().buildAsync(uri, new Listener());
      f.whenComplete(
          (ws, e) -> {
            inFlight.release();
            if (e != null) {
              failedOpens.incrementAndGet();
            } else {
              ws.sendText("{\"subscribe\":\"all\"}", true);
            }
          });
      opening.add(f);
    }
    for (CompletableFuture<WebSocket> f : opening) {
      try {
        sockets.add(f.join());
      } catch (RuntimeException e) {
        // counted in failedOpens
      }
    }
    waitFor(() -> subscribed.get() + failedOpens.get() >= connections, 120);
    double openSeconds = (System.nanoTime() - t0) / 1e9;
    System.out.printf(
        "connections: %d open, %d subscribed, %d failed, in %.1f s%n",
        sockets.size(), subscribed.get(), failedOpens.get(), openSeconds);
    Thread.sleep(2000);
    long idleRss = rssKb(serverPid);
    System.out.printf("server RSS with %d idle sockets: %d MB; %s%n",
        subscribed.get(), idleRss / 1024, heapAfterGc(serverPid));

    HttpResponse<String> trigger =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(
                            "http://"
                                + host
                                + ":"
                                + port
                                + "/api/v1/pipelines/"
                                + pipeline
                                + "/runs"))
                    .header("Authorization", "Bearer " + token)
                    .POST(HttpRequest.BodyPublishers.noBody())
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    Matcher id = Pattern.compile("\"id\":\"([^\"]+)\"").matcher(trigger.body());
    if (trigger.statusCode() != 202 || !id.find()) {
      throw new IllegalStateException(
          "trigger failed: " + trigger.statusCode() + " " + trigger.body());
    }
    runId = id.group(1);
    long started = System.nanoTime();
    long peakRss = idleRss;
    while (finished.get() < subscribed.get()
        && System.nanoTime() - started < TimeUnit.MINUTES.toNanos(10)) {
      peakRss = Math.max(peakRss, rssKb(serverPid));
      Thread.sleep(200);
    }
    double runSeconds = (System.nanoTime() - started) / 1e9;
    Thread.sleep(1000);
    long[] lags = lagsMicros.stream().mapToLong(Long::longValue).sorted().toArray();
    System.out.printf(
        "run %s: final status delivered to %d of %d clients, %.1f s after the trigger%n",
        runId, finished.get(), subscribed.get(), runSeconds);
    System.out.printf("server RSS peak during the run: %d MB%n", peakRss / 1024);
    System.out.printf(
        "progress messages received: %d (%.1f per client), messages in all: %d, sockets closed by"
            + " server: %d%n",
        lags.length,
        (double) lags.length / Math.max(1, subscribed.get()),
        messages.get(),
        closed.get());
    if (lags.length > 0) {
      System.out.printf(
          "progress delivery lag: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n",
          pct(lags, 50), pct(lags, 95), pct(lags, 99), lags[lags.length - 1] / 1000.0);
    }
    sockets.forEach(WebSocket::abort);
    System.exit(0);
  }

  /** The server's used heap after a full GC (jcmd), the memory the sockets really hold. */
  static String heapAfterGc(long pid) {
    Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
    try {
      new ProcessBuilder(jcmd.toString(), "" + pid, "GC.run").start().waitFor();
      Process info = new ProcessBuilder(jcmd.toString(), "" + pid, "GC.heap_info").start();
      String out = new String(info.getInputStream().readAllBytes());
      info.waitFor();
      Matcher used = Pattern.compile("used (\\d+)K").matcher(out);
      return used.find() ? "heap used after GC: " + Long.parseLong(used.group(1)) / 1024 + " MB" : "heap: ?";
    } catch (Exception e) {
      return "heap: " + e;
    }
  }

  static double pct(long[] sorted, double p) {
    int i = (int) Math.min(sorted.length - 1, Math.ceil(p / 100.0 * sorted.length) - 1);
    return sorted[Math.max(0, i)] / 1000.0;
  }

  static long rssKb(long pid) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      }
    } catch (Exception e) {
      // the server is gone
    }
    return 0;
  }

  static void waitFor(java.util.function.BooleanSupplier done, int seconds)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while (!done.getAsBoolean() && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
  }

  static final class Listener implements WebSocket.Listener {
    private final StringBuilder partial = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        handle(partial.toString(), Instant.now());
        partial.setLength(0);
      }
      ws.request(1);
      return null;
    }

    private void handle(String text, Instant received) {
      messages.incrementAndGet();
      Matcher type = TYPE.matcher(text);
      if (!type.find()) {
        return;
      }
      switch (type.group(1)) {
        case "subscribed" -> subscribed.incrementAndGet();
        case "progress" -> {
          if (ofRun(text)) {
            Matcher at = AT.matcher(text);
            if (at.find()) {
              Duration lag = Duration.between(Instant.parse(at.group(1)), received);
              lagsMicros.add(lag.toNanos() / 1000);
            }
          }
        }
        case "status" -> {
          Matcher status = STATUS.matcher(text);
          if (ofRun(text)
              && status.find()
              && Arrays.asList("succeeded", "failed", "cancelled").contains(status.group(1))) {
            finished.incrementAndGet();
          }
        }
        default -> {}
      }
    }

    private static boolean ofRun(String text) {
      Matcher run = RUN.matcher(text);
      return run.find() && run.group(1).equals(runId);
    }

    @Override
    public CompletionStage<?> onClose(WebSocket ws, int code, String reason) {
      closed.incrementAndGet();
      return null;
    }
  }
}
