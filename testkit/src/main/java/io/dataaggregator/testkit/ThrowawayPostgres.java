package io.dataaggregator.testkit;

/**
 * A fresh, empty database {@code dagg_t_<random>} on the machine's PostgreSQL (127.0.0.1:5432, user
 * postgres, trust authentication), dropped afterwards.
 *
 * <pre>{@code
 * @RegisterExtension static final ThrowawayPostgres PG = new ThrowawayPostgres();
 * }</pre>
 *
 * <p>Dropping first terminates every connection still open on the database, so a leaked connection
 * cannot make a test run leave databases behind.
 */
public final class ThrowawayPostgres extends ThrowawayDatabase {
  public static final String HOST = "127.0.0.1";
  public static final int PORT = 5432;
  public static final String USER = "postgres";

  public ThrowawayPostgres() {
    super("PostgreSQL", HOST, PORT, USER);
  }

  /** Creates the database now; pair with {@link #close()}. */
  public static ThrowawayPostgres create() {
    var pg = new ThrowawayPostgres();
    pg.createDatabase();
    return pg;
  }

  @Override
  String urlOf(String databaseOrNull) {
    return "jdbc:postgresql://"
        + HOST
        + ":"
        + PORT
        + "/"
        + (databaseOrNull == null ? "postgres" : databaseOrNull);
  }

  @Override
  String createStatement(String name) {
    return "CREATE DATABASE " + name;
  }

  @Override
  void drop(String name) {
    onServer(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + name + "'",
        "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
  }
}
