package io.dataaggregator.server.testing;

import io.dataaggregator.server.auth.Role;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the tests that call a running server over HTTP. Subclasses are abstract "contracts"
 * holding the tests; a pair of one-line classes runs each contract on H2 ({@link OnH2}) and on the
 * machine's PostgreSQL ({@link OnPostgres}).
 */
public abstract class ServerIT {
  /** The admin's password; the test profile sets it as {@code dagg.admin.password}. */
  public static final String ADMIN_PASSWORD = "Test-Root-Passphrase-42";

  /** A password every policy accepts. */
  public static final String GOOD_PASSWORD = "correct horse battery staple";

  @LocalServerPort protected int port;

  /** A client with its own address, fresh for every test. */
  protected Api api;

  @BeforeEach
  void newClient() {
    api = new Api(port);
  }

  protected Api.Session admin() {
    return api.login("admin", ADMIN_PASSWORD);
  }

  /** Creates a user with a unique name and this role; returns its id. */
  protected UUID createUser(String username, Role role) {
    return UUID.fromString(
        admin()
            .post(
                "/api/v1/users",
                Map.of(
                    "username",
                    username,
                    "email",
                    username + "@example.org",
                    "password",
                    GOOD_PASSWORD,
                    "role",
                    role.name()))
            .expect(201)
            .text("id"));
  }

  /** Creates a user with this role and logs in as them. */
  protected Api.Session loginAs(Role role) {
    String username = uniqueName(role.name().toLowerCase());
    createUser(username, role);
    return api.login(username, GOOD_PASSWORD);
  }

  protected static String uniqueName(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }
}
