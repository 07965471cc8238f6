package io.dataaggregator.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

class ThrowawayMariaDbIT {
  private static boolean exists(String what, String name) throws SQLException {
    String sql =
        what.equals("database")
            ? "SELECT 1 FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = '" + name + "'"
            : "SELECT 1 FROM mysql.user WHERE User = '" + name + "'";
    try (Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:3306/", "root", "");
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      return r.next();
    }
  }

  @Test
  void createsAFreshDatabaseAndDropsItEvenWithATransactionStillOpen() throws Exception {
    ThrowawayMariaDb db = ThrowawayMariaDb.create();
    String name = db.database();
    assertThat(name).matches("dagg_t_[0-9a-f]{12}");
    assertThat(db.jdbcUrl()).isEqualTo("jdbc:mariadb://127.0.0.1:3306/" + name);
    db.execute("CREATE TABLE t (id int) ENGINE=InnoDB");
    Connection leaked = db.connect();
    leaked.setAutoCommit(false);
    try (Statement s = leaked.createStatement()) {
      s.execute("INSERT INTO t VALUES (1)"); // holds a lock the drop would wait for
    }
    assertThat(exists("database", name)).isTrue();

    db.close();

    assertThat(exists("database", name)).isFalse();
    assertThat(leaked.isValid(2)).isFalse();
    leaked.close();
    assertThatThrownBy(db::database).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void createsUsersWithAPasswordAndDropsThemWithTheDatabase() throws Exception {
    String user;
    try (ThrowawayMariaDb db = ThrowawayMariaDb.create()) {
      user = db.createUser("rw", "s3cret");
      db.execute("GRANT SELECT ON `" + db.database() + "`.* TO '" + user + "'@'%'");
      assertThatThrownBy(() -> DriverManager.getConnection(db.jdbcUrl(), user, "wrong"))
          .isInstanceOf(SQLException.class)
          .satisfies(e -> assertThat(((SQLException) e).getErrorCode()).isEqualTo(1045));
      try (Connection c = DriverManager.getConnection(db.jdbcUrl(), user, "s3cret")) {
        assertThat(c.isValid(2)).isTrue();
      }
      assertThat(exists("user", user)).isTrue();
    }
    assertThat(exists("user", user)).isFalse();
  }

  @Test
  void givesEachUseItsOwnDatabase() {
    try (ThrowawayMariaDb a = ThrowawayMariaDb.create();
        ThrowawayMariaDb b = ThrowawayMariaDb.create()) {
      assertThat(a.database()).isNotEqualTo(b.database());
    }
  }
}
