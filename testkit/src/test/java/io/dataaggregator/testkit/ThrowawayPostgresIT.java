package io.dataaggregator.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

class ThrowawayPostgresIT {
  private static boolean exists(String database) throws SQLException {
    try (Connection c =
            DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + database + "'")) {
      return r.next();
    }
  }

  @Test
  void createsAFreshDatabaseAndDropsItEvenWithAConnectionStillOpen() throws Exception {
    ThrowawayPostgres pg = ThrowawayPostgres.create();
    String name = pg.database();
    assertThat(name).matches("dagg_t_[0-9a-f]{12}");
    assertThat(pg.jdbcUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:5432/" + name);
    Connection leaked = pg.connect();
    pg.execute("CREATE TABLE t (id int)", "INSERT INTO t VALUES (1)");
    assertThat(exists(name)).isTrue();

    pg.close();

    assertThat(exists(name)).isFalse();
    assertThat(leaked.isValid(2)).isFalse();
    leaked.close();
    assertThatThrownBy(pg::database).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void givesEachUseItsOwnDatabase() {
    try (ThrowawayPostgres a = ThrowawayPostgres.create();
        ThrowawayPostgres b = ThrowawayPostgres.create()) {
      assertThat(a.database()).isNotEqualTo(b.database());
    }
  }

  @Test
  void passwordServerRefusesAWrongPasswordAndAcceptsTheRightOne() throws Exception {
    try (PasswordPostgres server = new PasswordPostgres()) {
      server.start();
      String url = "jdbc:postgresql://127.0.0.1:" + server.port() + "/postgres";
      assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "wrong"))
          .isInstanceOf(SQLException.class)
          .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("28P01"));
      try (Connection c = DriverManager.getConnection(url, "postgres", server.password())) {
        assertThat(c.isValid(2)).isTrue();
      }
    }
  }
}
