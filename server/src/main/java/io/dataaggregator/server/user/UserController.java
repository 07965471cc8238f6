package io.dataaggregator.server.user;

import io.dataaggregator.server.auth.Accounts;
import io.dataaggregator.server.auth.CurrentUser;
import io.dataaggregator.server.auth.LoginAttempts;
import io.dataaggregator.server.auth.Permission;
import io.dataaggregator.server.auth.Requires;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** User administration. Users are disabled, never deleted: runs and audit entries name them. */
@Tag(name = "users")
@RestController
@RequestMapping("/api/v1/users")
class UserController {
  private final UserService users;
  private final Accounts accounts;
  private final LoginAttempts loginAttempts;

  UserController(UserService users, Accounts accounts, LoginAttempts loginAttempts) {
    this.users = users;
    this.accounts = accounts;
    this.loginAttempts = loginAttempts;
  }

  @Operation(summary = "Create a user")
  @Requires(Permission.USERS_ADMIN)
  @PostMapping
  ResponseEntity<UserResponse> create(
      CurrentUser me, @Valid @RequestBody UserRequests.CreateUserRequest request) {
    UserResponse user = UserResponse.of(users.create(me, request));
    return ResponseEntity.created(URI.create("/api/v1/users/" + user.id())).body(user);
  }

  @Operation(summary = "List users, ordered by username")
  @Requires(Permission.USERS_ADMIN)
  @GetMapping
  List<UserResponse> list() {
    return accounts.list().stream().map(UserResponse::of).toList();
  }

  @Operation(summary = "Get a user")
  @Requires(Permission.USERS_ADMIN)
  @GetMapping("/{id}")
  UserResponse get(@PathVariable UUID id) {
    return UserResponse.of(accounts.get(id));
  }

  @Operation(summary = "Change a user's role")
  @Requires(Permission.USERS_ADMIN)
  @PutMapping("/{id}/role")
  UserResponse changeRole(
      CurrentUser me,
      @PathVariable UUID id,
      @Valid @RequestBody UserRequests.ChangeRoleRequest request) {
    return UserResponse.of(users.changeRole(me, id, request.role()));
  }

  @Operation(summary = "Disable a user: their sessions and API keys stop working at once")
  @Requires(Permission.USERS_ADMIN)
  @PostMapping("/{id}/disable")
  UserResponse disable(CurrentUser me, @PathVariable UUID id) {
    return UserResponse.of(users.setEnabled(me, id, false));
  }

  @Operation(summary = "Enable a disabled user")
  @Requires(Permission.USERS_ADMIN)
  @PostMapping("/{id}/enable")
  UserResponse enable(CurrentUser me, @PathVariable UUID id) {
    return UserResponse.of(users.setEnabled(me, id, true));
  }

  @Operation(summary = "Set a new password for a user; their sessions end")
  @Requires(Permission.USERS_ADMIN)
  @PostMapping("/{id}/password")
  UserResponse resetPassword(
      CurrentUser me,
      @PathVariable UUID id,
      @Valid @RequestBody UserRequests.ResetPasswordRequest request) {
    return UserResponse.of(users.resetPassword(me, id, request.password()));
  }

  @Operation(summary = "Unlock a user locked after too many failed logins")
  @Requires(Permission.USERS_ADMIN)
  @PostMapping("/{id}/unlock")
  UserResponse unlock(CurrentUser me, @PathVariable UUID id) {
    return UserResponse.of(users.unlock(me, id));
  }

  @Operation(
      summary = "Require (or stop requiring) a TOTP second factor",
      description = "A user without TOTP set up is asked to enrol at their next login.")
  @Requires(Permission.USERS_ADMIN)
  @PutMapping("/{id}/totp")
  UserResponse requireTotp(
      CurrentUser me,
      @PathVariable UUID id,
      @Valid @RequestBody UserRequests.TotpRequirementRequest request) {
    return UserResponse.of(users.requireTotp(me, id, request.required()));
  }

  @Operation(summary = "Remove a user's TOTP secret (lost device); they enrol again")
  @Requires(Permission.USERS_ADMIN)
  @DeleteMapping("/{id}/totp")
  UserResponse resetTotp(CurrentUser me, @PathVariable UUID id) {
    return UserResponse.of(users.resetTotp(me, id));
  }

  @Operation(summary = "A user's recent login attempts, newest first")
  @Requires(Permission.USERS_ADMIN)
  @GetMapping("/{id}/logins")
  List<LoginAttempts.LoginAttempt> logins(
      @PathVariable UUID id, @RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit) {
    accounts.get(id);
    return loginAttempts.recent(id, limit);
  }
}
