package io.dataaggregator.server.user;

import io.dataaggregator.server.auth.Accounts;
import io.dataaggregator.server.auth.Role;
import io.dataaggregator.server.system.ApiException;
import io.dataaggregator.server.system.FieldProblem;
import io.dataaggregator.server.system.Problems;
import java.io.PrintStream;
import java.security.SecureRandom;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * On the very first start (no user at all) creates the user {@code admin} with {@code
 * DAGG_ADMIN_PASSWORD} ({@code dagg.admin.password}), or with a generated password printed once to
 * the console. Later starts do nothing. With several instances starting together on one database,
 * the unique username lets exactly one of them create it.
 */
@Component
class AdminBootstrap implements ApplicationRunner {
  static final String USERNAME = "admin";
  private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);
  // No look-alikes (0/O, 1/l/I): the password is read off a terminal and typed.
  private static final String ALPHABET =
      "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

  private final Accounts accounts;
  private final String configuredPassword;
  private final PrintStream console;

  @Autowired
  AdminBootstrap(Accounts accounts, @Value("${dagg.admin.password:}") String configuredPassword) {
    this(accounts, configuredPassword, System.out);
  }

  AdminBootstrap(Accounts accounts, String configuredPassword, PrintStream console) {
    this.accounts = accounts;
    this.configuredPassword = configuredPassword;
    this.console = console;
  }

  @Override
  public void run(ApplicationArguments args) {
    createAdminIfNoUsers();
  }

  /** Returns whether it created the admin. */
  boolean createAdminIfNoUsers() {
    if (accounts.count() > 0) {
      return false;
    }
    boolean generated = configuredPassword == null || configuredPassword.isBlank();
    String password = generated ? generate() : configuredPassword;
    List<FieldProblem> problems = PasswordPolicy.check("DAGG_ADMIN_PASSWORD", USERNAME, password);
    if (!problems.isEmpty()) {
      throw new IllegalStateException(
          "Cannot create the admin user: " + Problems.summary(problems));
    }
    try {
      accounts.create(USERNAME, "admin@localhost", password, Role.ADMIN);
    } catch (ApiException alreadyCreatedByAnotherInstance) {
      return false;
    }
    log.info("Created the user '{}' with role ADMIN (first start)", USERNAME);
    if (generated) {
      printOnce(password);
    }
    return true;
  }

  private void printOnce(String password) {
    console.println();
    console.println("  ============================================================");
    console.println("   First start: created the user 'admin' with the password");
    console.println();
    console.println("       " + password);
    console.println();
    console.println("   It is shown only this once. Log in and change it, or set");
    console.println("   DAGG_ADMIN_PASSWORD before the first start next time.");
    console.println("  ============================================================");
    console.println();
    console.flush();
  }

  private static String generate() {
    SecureRandom random = new SecureRandom();
    StringBuilder out = new StringBuilder(20);
    for (int i = 0; i < 20; i++) {
      out.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return out.toString();
  }
}
