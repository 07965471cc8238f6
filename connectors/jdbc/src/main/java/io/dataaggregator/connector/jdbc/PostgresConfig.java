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

/** How to reach a PostgreSQL database and how to read from and write to it. */
public record PostgresConfig(
    @JsonProperty("host") @JsonPropertyDescription("Server host name or address; default 127.0.0.1")
        String host,
    @JsonProperty("port") @JsonPropertyDescription("Server port; default 5432") @Min(1) @Max(65535)
        Integer port,
    @JsonProperty(value = "database", required = true)
        @JsonPropertyDescription("Database name")
        @NotBlank
        String database,
    @JsonProperty(value = "user", required = true) @JsonPropertyDescription("User name") @NotBlank
        String user,
    @JsonProperty("password")
        @JsonPropertyDescription("Password; empty for trust authentication")
        @Secret
        String password,
    @JsonProperty("schema") @JsonPropertyDescription("Schema of the tables; default public")
        String schema,
    @JsonProperty("tables")
        @JsonPropertyDescription("Tables to read (source); empty means every table of the schema")
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
            "Destination: rows sent in one COPY statement before it is closed (commits also close"
                + " it); default 100000")
        @Min(1)
        Integer commitRows,
    @JsonProperty("ssl_mode")
        @JsonPropertyDescription(
            "TLS: disable, allow, prefer, require, verify-ca or verify-full; default: the driver's"
                + " (prefer)")
        @Pattern(regexp = "disable|allow|prefer|require|verify-ca|verify-full")
        String sslMode)
    implements JdbcConfig {

  public PostgresConfig {
    host = host == null || host.isBlank() ? "127.0.0.1" : host;
    port = port == null ? 5432 : port;
    password = password == null ? "" : password;
    schema = schema == null || schema.isBlank() ? "public" : schema;
    tables = tables == null ? List.of() : List.copyOf(tables);
    fetchSize = fetchSize == null ? 10_000 : fetchSize;
    parallelism = parallelism == null ? DEFAULT_PARALLELISM : parallelism;
    parallelMinRows = parallelMinRows == null ? 1_000_000L : parallelMinRows;
    commitRows = commitRows == null ? 100_000 : commitRows;
  }

  /** A config with every default, for code and tests. */
  public static PostgresConfig of(String host, int port, String database, String user) {
    return new PostgresConfig(
        host, port, database, user, null, null, null, null, null, null, null, null);
  }

  public PostgresConfig withPassword(String newPassword) {
    return new PostgresConfig(
        host,
        port,
        database,
        user,
        newPassword,
        schema,
        tables,
        fetchSize,
        parallelism,
        parallelMinRows,
        commitRows,
        sslMode);
  }

  public PostgresConfig withTables(List<String> newTables) {
    return new PostgresConfig(
        host,
        port,
        database,
        user,
        password,
        schema,
        newTables,
        fetchSize,
        parallelism,
        parallelMinRows,
        commitRows,
        sslMode);
  }

  /** Same settings with another fetch size, parallelism and parallel threshold. */
  public PostgresConfig withReading(int newFetchSize, int newParallelism, long newParallelMinRows) {
    return new PostgresConfig(
        host,
        port,
        database,
        user,
        password,
        schema,
        tables,
        newFetchSize,
        newParallelism,
        newParallelMinRows,
        commitRows,
        sslMode);
  }

  public PostgresConfig withCommitRows(int newCommitRows) {
    return new PostgresConfig(
        host,
        port,
        database,
        user,
        password,
        schema,
        tables,
        fetchSize,
        parallelism,
        parallelMinRows,
        newCommitRows,
        sslMode);
  }

  /** The schema of the tables. */
  @Override
  public String namespace() {
    return schema;
  }

  @Override
  public Map<String, String> driverOptions() {
    return sslMode == null ? Map.of() : Map.of("sslmode", sslMode);
  }
}
