package io.dataaggregator.testkit;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A private PostgreSQL server whose superuser {@code postgres} needs a password (scram-sha-256), on
 * a free port of 127.0.0.1, for tests of authentication failures: the machine's own server trusts
 * every local connection. It is made with the machine's PostgreSQL binaries ({@code
 * /usr/lib/postgresql/<version>/bin}) in a temporary directory and removed afterwards; as root, the
 * binaries run as the {@code postgres} system user since initdb refuses root.
 *
 * <pre>{@code
 * @RegisterExtension static final PasswordPostgres SERVER = new PasswordPostgres();
 * }</pre>
 */
public final class PasswordPostgres implements BeforeAllCallback, AfterAllCallback, AutoCloseable {
  private final String password = UUID.randomUUID().toString();
  private Path dir;
  private int port;

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    start();
  }

  @Override
  public void afterAll(ExtensionContext context) throws Exception {
    close();
  }

  public String host() {
    return "127.0.0.1";
  }

  public int port() {
    return port;
  }

  public String user() {
    return "postgres";
  }

  /** The superuser's password; any other is refused with SQLState 28P01. */
  public String password() {
    return password;
  }

  /** Starts the server; idempotent. */
  public synchronized void start() throws IOException, InterruptedException {
    if (dir != null) {
      return;
    }
    Path bin = binDir();
    dir = Files.createTempDirectory("dagg-pgpw-");
    Path pwfile = dir.resolve("pw");
    Files.writeString(pwfile, password + "\n", StandardCharsets.UTF_8);
    if (isRoot()) {
      chownToPostgres(dir, pwfile);
    }
    port = freePort();
    run(
        bin.resolve("initdb"),
        "-D",
        dir.resolve("data").toString(),
        "-U",
        "postgres",
        "--auth=scram-sha-256",
        "--pwfile=" + pwfile,
        "-E",
        "UTF8",
        "--no-sync");
    String options = "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off";
    run(
        bin.resolve("pg_ctl"),
        "-D",
        dir.resolve("data").toString(),
        "-o",
        options,
        "-w",
        "-l",
        dir.resolve("log").toString(),
        "start");
  }

  /** Stops the server at once and deletes its files; idempotent. */
  @Override
  public synchronized void close() throws IOException, InterruptedException {
    if (dir == null) {
      return;
    }
    try {
      run(
          binDir().resolve("pg_ctl"),
          "-D",
          dir.resolve("data").toString(),
          "-m",
          "immediate",
          "-w",
          "stop");
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
      dir = null;
    }
  }

  private static Path binDir() throws IOException {
    Path root = Path.of("/usr/lib/postgresql");
    try (Stream<Path> versions = Files.list(root)) {
      return versions
          .map(v -> v.resolve("bin"))
          .filter(b -> Files.isExecutable(b.resolve("initdb")))
          .max(
              Comparator.comparingInt(
                  b -> Integer.parseInt(b.getParent().getFileName().toString())))
          .orElseThrow(() -> new IOException("no PostgreSQL binaries under " + root));
    }
  }

  private static boolean isRoot() {
    return "root".equals(System.getProperty("user.name"));
  }

  private static void chownToPostgres(Path... paths) throws IOException {
    UserPrincipalLookupService users = paths[0].getFileSystem().getUserPrincipalLookupService();
    for (Path p : paths) {
      Files.setOwner(p, users.lookupPrincipalByName("postgres"));
    }
  }

  private static int freePort() throws IOException {
    try (var socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      return socket.getLocalPort();
    }
  }

  private static void run(Path program, String... args) throws IOException, InterruptedException {
    var command = new ArrayList<String>();
    if (isRoot()) {
      command.addAll(List.of("runuser", "-u", "postgres", "--"));
    }
    command.add(program.toString());
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
      p.destroyForcibly();
      throw new IOException(String.join(" ", command) + " failed:\n" + output);
    }
  }
}
