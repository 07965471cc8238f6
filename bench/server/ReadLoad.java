import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Open-loop HTTP read load (JDK only; run as {@code java ReadLoad.java ...}): N clients, each on
 * its own keep-alive connection, send GET requests on a fixed timetable that adds up to R requests
 * per second, whatever the server answers. A request's latency runs from the moment it was due,
 * not from when it was sent, so a client held up by a slow answer counts its next requests as late
 * too (the "coordinated omission" a closed loop such as wrk hides: there, a server that stalls
 * stops receiving requests, and the stall is counted once instead of for every request it
 * delayed).
 *
 * <p>Arguments: host port accessToken path clients requestsPerSecond seconds
 *
 * <p>The first 5 seconds run on the same timetable but are not counted: they warm up this client's
 * own JIT and connections, which would otherwise show up as the server's latency.
 *
 * <p>Prints one line: requests, achieved rate, errors, and latency p50/p95/p99/max in ms.
 */
public final class ReadLoad {
  private static final long WARMUP_NANOS = 5_000_000_000L;

  public static void main(String[] args) throws Exception {
    if (args.length != 7) {
      System.err.println("usage: ReadLoad host port accessToken path clients requestsPerSecond seconds");
      System.exit(2);
    }
    String host = args[0];
    int port = Integer.parseInt(args[1]);
    byte[] request =
        ("GET " + args[3] + " HTTP/1.1\r\nHost: " + host + ":" + port + "\r\nAuthorization: Bearer "
                + args[2] + "\r\nAccept: application/json\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII);
    int clients = Integer.parseInt(args[4]);
    double rate = Double.parseDouble(args[5]);
    long seconds = Long.parseLong(args[6]);

    long intervalNanos = (long) (clients * 1e9 / rate); // each client's share of the timetable
    long start = System.nanoTime() + 500_000_000L; // every client connected before the first is due
    long counted = start + WARMUP_NANOS;
    long end = counted + seconds * 1_000_000_000L;
    AtomicLong errors = new AtomicLong();
    List<Client> all = new ArrayList<>();
    for (int i = 0; i < clients; i++) {
      long phase = ThreadLocalRandom.current().nextLong(intervalNanos);
      Client c = new Client(host, port, request, start + phase, counted, intervalNanos, end, errors);
      all.add(c);
      c.thread.start();
    }
    for (Client c : all) {
      c.thread.join();
    }
    long[] latencies = all.stream().flatMapToLong(c -> Arrays.stream(c.latencies, 0, c.count)).toArray();
    Arrays.sort(latencies);
    double elapsed = seconds;
    System.out.printf(
        "  requests %d in %d s: %.0f req/s (asked %.0f), errors %d%n",
        latencies.length, seconds, latencies.length / elapsed, rate, errors.get());
    System.out.printf(
        "  latency p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms%n",
        pct(latencies, 50), pct(latencies, 95), pct(latencies, 99),
        latencies.length == 0 ? 0 : latencies[latencies.length - 1] / 1e6);
  }

  private static double pct(long[] sorted, double p) {
    if (sorted.length == 0) {
      return 0;
    }
    int i = (int) Math.ceil(p / 100 * sorted.length) - 1;
    return sorted[Math.max(0, i)] / 1e6;
  }

  /** One connection and its timetable; latencies in nanoseconds from when each request was due. */
  private static final class Client implements Runnable {
    final Thread thread = Thread.ofPlatform().daemon().unstarted(this);
    final String host;
    final int port;
    final byte[] request;
    final long firstDue;
    final long counted;
    final long interval;
    final long end;
    final AtomicLong errors;
    long[] latencies = new long[1024];
    int count;

    Client(
        String host,
        int port,
        byte[] request,
        long firstDue,
        long counted,
        long interval,
        long end,
        AtomicLong errors) {
      this.host = host;
      this.port = port;
      this.request = request;
      this.firstDue = firstDue;
      this.counted = counted;
      this.interval = interval;
      this.end = end;
      this.errors = errors;
    }

    @Override
    public void run() {
      Socket socket = null;
      try {
        for (long due = firstDue; due < end; due += interval) {
          long wait = due - System.nanoTime();
          if (wait > 0) {
            LockSupport.parkNanos(wait);
          }
          if (socket == null) {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress(host, port));
            in = new BufferedInputStream(socket.getInputStream(), 65536);
          }
          try {
            OutputStream out = socket.getOutputStream();
            out.write(request);
            out.flush();
            int status = readResponse();
            if (status != 200 && due >= counted) {
              errors.incrementAndGet();
            }
            if (closing) { // the server ends keep-alive after so many requests (Tomcat: 100)
              socket.close();
              socket = null;
            }
          } catch (IOException e) {
            if (due >= counted) {
              errors.incrementAndGet();
            }
            socket.close();
            socket = null;
          }
          if (due >= counted) {
            record(System.nanoTime() - due);
          }
        }
      } catch (IOException e) {
        errors.incrementAndGet();
      } finally {
        try {
          if (socket != null) {
            socket.close();
          }
        } catch (IOException ignored) {
          // closing at the end of the run
        }
      }
    }

    private void record(long nanos) {
      if (count == latencies.length) {
        latencies = Arrays.copyOf(latencies, count * 2);
      }
      latencies[count++] = nanos;
    }

    // Keep-alive: a response is read to its last byte and no further, by its length or its chunks.
    private final byte[] body = new byte[65536];
    private InputStream in;
    private boolean closing;

    private int readResponse() throws IOException {
      String statusLine = line();
      int status = Integer.parseInt(statusLine.split(" ")[1]);
      long length = -1;
      boolean chunked = false;
      closing = false;
      for (String h = line(); !h.isEmpty(); h = line()) {
        String lower = h.toLowerCase();
        if (lower.startsWith("content-length:")) {
          length = Long.parseLong(h.substring(15).trim());
        } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
          chunked = true;
        } else if (lower.startsWith("connection:") && lower.contains("close")) {
          closing = true;
        }
      }
      if (chunked) {
        for (long size = Long.parseLong(line().split(";")[0].trim(), 16); size > 0;
            size = Long.parseLong(line().split(";")[0].trim(), 16)) {
          skip(size);
          line();
        }
        while (!line().isEmpty()) {
          // trailers
        }
      } else if (length > 0) {
        skip(length);
      }
      return status;
    }

    private String line() throws IOException {
      StringBuilder sb = new StringBuilder();
      for (int b = in.read(); b != '\n'; b = in.read()) {
        if (b < 0) {
          throw new IOException("connection closed");
        }
        if (b != '\r') {
          sb.append((char) b);
        }
      }
      return sb.toString();
    }

    private void skip(long n) throws IOException {
      while (n > 0) {
        int r = in.read(body, 0, (int) Math.min(body.length, n));
        if (r < 0) {
          throw new IOException("connection closed");
        }
        n -= r;
      }
    }
  }
}
