package io.dataaggregator.connector.jdbc;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.dataaggregator.engine.spi.Secret;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Map;

/** How to reach a MySQL or MariaDB database and how to read from and write to it. */
public record MysqlConfig(
    @JsonProperty("host") @JsonPropertyDescription("Server host name or address; default 127.0.0.1")
        String host,
    @JsonProperty("port") @JsonPropertyDescription("Server port; default 3306") @Min(1) @Max(65535)
        Integer port,
    @JsonProperty(value = "database", required = true)
        @JsonPropertyDescription("Database holding the tables")
        @NotBlank
        String database,
    @JsonProperty(value = "user", required = true) @JsonPropertyDescription("User name") @NotBlank
        String user,
    @JsonProperty("password") @JsonPropertyDescription("Password; default empty") @Secret
        String password,
    @JsonProperty("tables")
        @JsonPropertyDescription("Tables to read (source); empty means every table of the database")
        List<String> tables,
    @JsonProperty("fetch_size")
        @JsonPropertyDescription("Rows per batch read from the source; default 10000")
        @Min(1)
        Integer fetchSize,
    @JsonProperty("parallelism")
        @JsonPropertyDescription(
            "Connections that read one large table in key ranges (full refresh of a table with a"
                + " single integer primary key); default half the cores, 1 turns it off")
        @Min(1)
        @Max(64)
        Integer parallelism,
    @JsonProperty("parallel_min_rows")
        @JsonPropertyDescription(
            "Estimated rows from which a table is read in key ranges; default 1000000")
        @Min(0)
        Long parallelMinRows,
    @JsonProperty("commit_rows")
        @JsonPropertyDescription(
            "Destination: rows sent in one bulk load before it is ended (commits also end it);"
                + " default 100000")
        @Min(1)
        Integer commitRows,
    @JsonProperty("bulk_load")
        @JsonPropertyDescription(
            "Destination: load_data (LOAD DATA LOCAL INFILE streamed from memory), insert"
                + " (multi-row INSERTs) or auto (load_data when the server allows local_infile);"
                + " default auto")
        BulkLoad bulkLoad,
    @JsonProperty("ssl_mode")
        @JsonPropertyDescription(
            "TLS: disable, trust, verify-ca or verify-full; default: the driver's (disable)")
        @Pattern(regexp = "disable|trust|verify-ca|verify-full")
        String sslMode)
    implements JdbcConfig {

  /** How rows are loaded into tables. Lower case: users write these names as they are. */
  @SuppressWarnings("java:S115")
  public enum BulkLoad {
    auto,
    load_data,
    insert
  }

  public MysqlConfig {
    host = host == null || host.isBlank() ? "127.0.0.1" : host;
    port = port == null ? 3306 : port;
    password = password == null ? "" : password;
    tables = tables == null ? List.of() : List.copyOf(tables);
    fetchSize = fetchSize == null ? 10_000 : fetchSize;
    parallelism = parallelism == null ? DEFAULT_PARALLELISM : parallelism;
    parallelMinRows = parallelMinRows == null ? 1_000_000L : parallelMinRows;
    commitRows = commitRows == null ? 100_000 : commitRows;
    bulkLoad = bulkLoad == null ? BulkLoad.auto : bulkLoad;
  }

  /** A config with every default, for code and tests. */
  public static MysqlConfig of(String host, int port, String database, String user) {
    return new MysqlConfig(
        host, port, database, user, null, null, null, null, null, null, null, null);
  }

  public MysqlConfig withPassword(String newPassword) {
    return new MysqlConfig(
        host,
        port,
        database,
        user,
        newPassword,
        tables,
        fetchSize,
        parallelism,
        parallelMinRows,
        commitRows,
        bulkLoad,
        sslMode);
  }

  public MysqlConfig withTables(List<String> newTables) {
    return new MysqlConfig(
        host,
        port,
        database,
        user,
        password,
        newTables,
        fetchSize,
        parallelism,
        parallelMinRows,
        commitRows,
        bulkLoad,
        sslMode);
  }

  /** Same settings with another fetch size, parallelism and parallel threshold. */
  public MysqlConfig withReading(int newFetchSize, int newParallelism, long newParallelMinRows) {
    return new MysqlConfig(
        host,
        port,
        database,
        user,
        password,
        tables,
        newFetchSize,
        newParallelism,
        newParallelMinRows,
        commitRows,
        bulkLoad,
        sslMode);
  }

  /** Same settings with another bulk load path and rows per load. */
  public MysqlConfig withLoading(BulkLoad newBulkLoad, int newCommitRows) {
    return new MysqlConfig(
        host,
        port,
        database,
        user,
        password,
        tables,
        fetchSize,
        parallelism,
        parallelMinRows,
        newCommitRows,
        newBulkLoad,
        sslMode);
  }

  /** The database: MySQL has no schemas inside a database. */
  @Override
  public String namespace() {
    return database;
  }

  @Override
  public Map<String, String> driverOptions() {
    return sslMode == null ? Map.of() : Map.of("sslMode", sslMode);
  }
}
