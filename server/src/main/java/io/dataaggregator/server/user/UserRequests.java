package io.dataaggregator.server.user;

import io.dataaggregator.server.auth.Role;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Request bodies of the users API. */
final class UserRequests {
  static final String USERNAME_PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]{2,63}";
  static final String USERNAME_MESSAGE =
      "must be 3 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit";

  private UserRequests() {}

  record CreateUserRequest(
      @NotBlank @Pattern(regexp = USERNAME_PATTERN, message = USERNAME_MESSAGE) String username,
      @NotBlank @Email @Size(max = 254) String email,
      @NotBlank String password,
      @NotNull Role role) {}

  record ChangeRoleRequest(@NotNull Role role) {}

  record ResetPasswordRequest(@NotBlank String password) {}

  record TotpRequirementRequest(@NotNull Boolean required) {}

  record ChangePasswordRequest(@NotBlank String currentPassword, @NotBlank String newPassword) {}
}
