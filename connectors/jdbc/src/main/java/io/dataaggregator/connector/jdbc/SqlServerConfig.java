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

/** How to reach a SQL Server database and how to read from and write to it. */
public record SqlServerConfig(
    @JsonProperty("host") @JsonPropertyDescription("Server host name or address; default 127.0.0.1")
        String host,
    @JsonProperty("port") @JsonPropertyDescription("Server port; default 1433") @Min(1) @Max(65535)
        Integer port,
    @JsonProperty(value = "database", required = true)
        @JsonPropertyDescription("Database name")
        @NotBlank
        String database,
    @JsonProperty(value = "user", required = true)
        @JsonPropertyDescription("SQL Server login")
        @NotBlank
        String user,
    @JsonProperty("password") @JsonPropertyDescription("Password; default empty") @Secret
        String password,
    @JsonProperty("schema") @JsonPropertyDescription("Schema of the tables; default dbo")
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
            "Destination: rows sent in one bulk load before it is ended (commits also end it);"
                + " default 100000")
        @Min(1)
        Integer commitRows,
    @JsonProperty("encrypt")
        @JsonPropertyDescription("TLS: true, false or strict (TDS 8); default true")
        @Pattern(regexp = "true|false|strict")
        String encrypt,
    @JsonProperty("trust_server_certificate")
        @JsonPropertyDescription(
            "Accept the server's certificate without checking it (self-signed development"
                + " servers); default false")
        Boolean trustServerCertificate)
    implements JdbcConfig {

  public SqlServerConfig {
    host = host == null || host.isBlank() ? "127.0.0.1" : host;
    port = port == null ? 1433 : port;
    password = password == null ? "" : password;
    schema = schema == null || schema.isBlank() ? "dbo" : schema;
    tables = tables == null ? List.of() : List.copyOf(tables);
    fetchSize = fetchSize == null ? 10_000 : fetchSize;
    parallelism = parallelism == null ? DEFAULT_PARALLELISM : parallelism;
    parallelMinRows = parallelMinRows == null ? 1_000_000L : parallelMinRows;
    commitRows = commitRows == null ? 100_000 : commitRows;
    encrypt = encrypt == null ? "true" : encrypt;
    trustServerCertificate = trustServerCertificate != null && trustServerCertificate;
  }

  /** A config with every default, for code and tests. */
  public static SqlServerConfig of(String host, int port, String database, String user) {
    return new SqlServerConfig(
        host, port, database, user, null, null, null, null, null, null, null, null, null);
  }

  /** The schema of the tables. */
  @Override
  public String namespace() {
    return schema;
  }

  @Override
  public Map<String, String> driverOptions() {
    return Map.of(
        "encrypt", encrypt, "trustServerCertificate", String.valueOf(trustServerCertificate));
  }
}
