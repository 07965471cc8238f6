package io.dataaggregator.server.user;

import io.dataaggregator.server.auth.AccessPolicy;
import io.dataaggregator.server.auth.Account;
import io.dataaggregator.server.auth.Accounts;
import io.dataaggregator.server.auth.CurrentUser;
import io.dataaggregator.server.auth.Permission;
import io.dataaggregator.server.auth.Requires;
import io.dataaggregator.server.auth.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own account. */
@Tag(name = "me")
@RestController
@RequestMapping("/api/v1/users/me")
class MeController {
  private final Accounts accounts;
  private final AccessPolicy policy;
  private final UserService users;

  MeController(Accounts accounts, AccessPolicy policy, UserService users) {
    this.accounts = accounts;
    this.policy = policy;
    this.users = users;
  }

  /** Who I am and what I may do (the console hides what I may not). */
  record MeResponse(
      UUID id,
      String username,
      String email,
      Role role,
      List<Permission> permissions,
      boolean totpEnabled,
      boolean totpRequired,
      boolean viaApiKey) {}

  @Operation(summary = "Who am I, and what may I do")
  @Requires(Permission.ACCOUNT)
  @GetMapping
  MeResponse me(CurrentUser me) {
    Account a = accounts.get(me.id());
    return new MeResponse(
        a.id(),
        a.username(),
        a.email(),
        a.role(),
        policy.permissionsOf(a.role()).stream().sorted().toList(),
        a.totpEnabled(),
        a.totpRequired(),
        me.viaApiKey());
  }

  @Operation(summary = "Change my password; every session of mine ends, log in again")
  @Requires(Permission.ACCOUNT)
  @PutMapping("/password")
  ResponseEntity<Void> changePassword(
      CurrentUser me, @Valid @RequestBody UserRequests.ChangePasswordRequest request) {
    users.changeOwnPassword(me, request);
    return ResponseEntity.noContent().build();
  }
}
