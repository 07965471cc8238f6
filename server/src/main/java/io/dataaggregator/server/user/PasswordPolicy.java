package io.dataaggregator.server.user;

import io.dataaggregator.server.system.FieldProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a password must be, following NIST SP 800-63B: long enough, not the username, not one of the
 * passwords every attacker tries first. No forced mix of character classes: length matters more.
 */
public final class PasswordPolicy {
  public static final int MIN_LENGTH = 12;
  public static final int MAX_LENGTH = 128;
  private static final int MIN_DISTINCT = 5;
  private static final Set<String> COMMON =
      Set.of(
          "password1234",
          "password12345",
          "password123456",
          "passwordpassword",
          "123456789012",
          "1234567890123",
          "qwertyuiopas",
          "qwerty123456",
          "iloveyou1234",
          "administrator",
          "administrator1",
          "letmein12345",
          "welcome12345",
          "changeme1234",
          "dataaggregator",
          "dataaggregator1");

  private PasswordPolicy() {}

  /** Every rule the password breaks, each naming the field; empty when it is fine. */
  public static List<FieldProblem> check(String field, String username, String password) {
    List<FieldProblem> problems = new ArrayList<>();
    if (password == null || password.isEmpty()) {
      problems.add(new FieldProblem(field, "must not be empty"));
      return problems;
    }
    int length = password.codePointCount(0, password.length());
    if (length < MIN_LENGTH) {
      problems.add(
          new FieldProblem(
              field,
              "must be at least " + MIN_LENGTH + " characters long (it has " + length + ")"));
    }
    if (length > MAX_LENGTH) {
      problems.add(new FieldProblem(field, "must be at most " + MAX_LENGTH + " characters long"));
    }
    String lower = password.toLowerCase(Locale.ROOT);
    if (username != null
        && username.length() >= 3
        && lower.contains(username.toLowerCase(Locale.ROOT))) {
      problems.add(new FieldProblem(field, "must not contain the username"));
    }
    if (password.codePoints().distinct().count() < MIN_DISTINCT) {
      problems.add(
          new FieldProblem(field, "must use at least " + MIN_DISTINCT + " different characters"));
    }
    if (COMMON.contains(lower)) {
      problems.add(
          new FieldProblem(field, "is one of the most common passwords; choose another one"));
    }
    return problems;
  }
}
