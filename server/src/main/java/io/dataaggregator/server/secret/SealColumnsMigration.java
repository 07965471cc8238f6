package io.dataaggregator.server.secret;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * A Flyway migration that seals the plain values a store kept in secret columns before they were
 * encrypted. A feature declares one as a bean in its own version range; Spring Boot hands every
 * {@link JavaMigration} bean to Flyway, so it runs once per store, in order with the SQL scripts
 * and in their transaction. Values already sealed (they start with {@link SecretCipher#PREFIX}) are
 * left as they are, so it is harmless to run on a store that never held a plain value.
 *
 * <p>The table must have a {@code UUID} column {@code id}; every column of a row is sealed for the
 * row's one context. Meant for small tables (accounts, rules): rows are read at once.
 */
public final class SealColumnsMigration implements JavaMigration {
  private final MigrationVersion version;
  private final String description;
  private final SecretCipher cipher;
  private final String table;
  private final List<String> columns;
  private final Function<UUID, String> context;

  /**
   * @param version the migration's version, in the feature's range
   * @param context the context each value of the row with this id is sealed for, as the feature
   *     seals new values
   */
  public SealColumnsMigration(
      String version,
      String description,
      SecretCipher cipher,
      String table,
      List<String> columns,
      Function<UUID, String> context) {
    this.version = MigrationVersion.fromVersion(version);
    this.description = description;
    this.cipher = cipher;
    this.table = table;
    this.columns = List.copyOf(columns);
    this.context = context;
  }

  @Override
  public MigrationVersion getVersion() {
    return version;
  }

  @Override
  public String getDescription() {
    return description;
  }

  @Override
  public Integer getChecksum() {
    return null;
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }

  @Override
  public void migrate(Context flyway) throws SQLException {
    Connection connection = flyway.getConnection();
    for (Plain value : plainValues(connection)) {
      try (PreparedStatement update =
          connection.prepareStatement(
              "UPDATE " + table + " SET " + value.column() + " = ? WHERE id = ?")) {
        update.setString(1, cipher.seal(value.text(), context.apply(value.id())));
        update.setObject(2, value.id());
        update.executeUpdate();
      }
    }
  }

  private List<Plain> plainValues(Connection connection) throws SQLException {
    List<Plain> plain = new ArrayList<>();
    String select = "SELECT id, " + String.join(", ", columns) + " FROM " + table;
    try (PreparedStatement query = connection.prepareStatement(select);
        ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        UUID id = rows.getObject("id", UUID.class);
        for (String column : columns) {
          String text = rows.getString(column);
          if (text != null && !text.isEmpty() && !SecretCipher.isSealed(text)) {
            plain.add(new Plain(id, column, text));
          }
        }
      }
    }
    return plain;
  }

  private record Plain(UUID id, String column, String text) {}
}
