package io.dataaggregator.connector.jdbc;

import java.util.List;
import java.util.Map;

/**
 * The settings every JDBC connector shares, implemented by each connector's config record. The
 * shared reading and writing code sees a config only through this interface.
 */
public interface JdbcConfig {
  /**
   * Key-range readers when a config names none: half the cores. Parallel reads pay off when the
   * database has cores to spare; on a small machine the writer and the database need them.
   */
  int DEFAULT_PARALLELISM = Math.max(1, Runtime.getRuntime().availableProcessors() / 2);

  String host();

  Integer port();

  String database();

  String user();

  String password();

  /**
   * Where the tables are: the schema in PostgreSQL and SQL Server, the database itself in MySQL.
   */
  String namespace();

  /** Tables to read; empty means every table of the namespace. */
  List<String> tables();

  /** Rows per batch read. */
  Integer fetchSize();

  /** Connections reading one large table in key ranges; 1 turns parallel reads off. */
  Integer parallelism();

  /** Estimated rows from which a table is read in key ranges. */
  Long parallelMinRows();

  /** Rows sent in one bulk load before it is ended (commits end it too). */
  Integer commitRows();

  /** Extra driver properties the config's own settings turn into (TLS and the like). */
  default Map<String, String> driverOptions() {
    return Map.of();
  }

  /** {@code host:port/database}, as messages name the database. */
  default String where() {
    return host() + ":" + port() + "/" + database();
  }
}
