package io.dataaggregator.connector.jdbc;

import io.dataaggregator.engine.type.Schema;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** The MariaDB Connector/J side of {@link MysqlDialect}: sessions, bulk paths and reads. */
final class MysqlSessions {
  private static final int FETCH_ROWS = 4096;

  private MysqlSessions() {}

  /**
   * A session in time zone +00:00 (TIMESTAMP columns are read and written as UTC instants) and a
   * known SQL mode: strict, so an INSERT fails on a bad value rather than storing a mangled one,
   * and without ANSI_QUOTES or NO_BACKSLASH_ESCAPES, which would change how literals are read.
   *
   * @param localInfile whether the driver may answer the server's LOAD DATA LOCAL requests (only
   *     ever with the in-memory stream of {@link MysqlLoadData})
   */
  static Connection connect(JdbcConfig config, boolean localInfile) throws SQLException {
    String url =
        "jdbc:mariadb://"
            + config.host()
            + ":"
            + config.port()
            + "/"
            + URLEncoder.encode(config.database(), StandardCharsets.UTF_8);
    var p = new Properties();
    p.setProperty("user", config.user());
    p.setProperty("password", config.password());
    p.setProperty("connectTimeout", "15000");
    p.setProperty("tcpKeepAlive", "true");
    p.setProperty("allowLocalInfile", String.valueOf(localInfile));
    p.setProperty(
        "sessionVariables",
        "time_zone='+00:00',sql_mode='STRICT_ALL_TABLES,NO_ENGINE_SUBSTITUTION'");
    p.putAll(config.driverOptions());
    return DriverManager.getConnection(url, p);
  }

  /** LOAD DATA LOCAL where asked (or, for auto, where the server allows it), else INSERTs. */
  static BulkLoad bulkLoad(
      MysqlConfig.BulkLoad bulk, Connection connection, String qualifiedTable, Schema schema)
      throws SQLException {
    boolean loadData =
        switch (bulk) {
          case load_data -> true;
          case insert -> false;
          case auto -> localInfileAllowed(connection);
        };
    return loadData
        ? new MysqlLoadData(connection, qualifiedTable, schema)
        : new MysqlInsertLoad(connection, qualifiedTable, schema);
  }

  private static boolean localInfileAllowed(Connection connection) throws SQLException {
    try (Statement s = connection.createStatement();
        ResultSet r = s.executeQuery("SELECT @@local_infile")) {
      return r.next() && r.getInt(1) == 1;
    }
  }

  /** A streamed result set, each column decoded by {@link MysqlValues}. */
  static RowStream rows(
      MysqlDialect dialect, Connection connection, String select, List<DbColumn> columns)
      throws SQLException {
    var readers = new ArrayList<ResultSetRows.ColumnReader>();
    for (int i = 0; i < columns.size(); i++) {
      readers.add(MysqlValues.reader(columns.get(i), dialect.toDataType(columns.get(i)), i));
    }
    return new ResultSetRows(connection, select, readers, FETCH_ROWS);
  }
}
