package io.dataaggregator.server.user;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataaggregator.server.system.FieldProblem;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {
  @Test
  void acceptsALongPassphrase() {
    assertThat(PasswordPolicy.check("password", "ann", "correct horse battery staple")).isEmpty();
  }

  @Test
  void namesEveryBrokenRule() {
    assertThat(PasswordPolicy.check("password", "annabel", "annabel"))
        .extracting(FieldProblem::message)
        .containsExactly(
            "must be at least 12 characters long (it has 7)", "must not contain the username");
    assertThat(PasswordPolicy.check("pw", "bob", "Password1234"))
        .extracting(FieldProblem::field, FieldProblem::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "pw", "is one of the most common passwords; choose another one"));
    assertThat(PasswordPolicy.check("password", "bob", "x".repeat(129)))
        .extracting(FieldProblem::message)
        .contains(
            "must be at most 128 characters long", "must use at least 5 different characters");
  }
}
