package io.dataaggregator.server.auth;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Login, token refresh and logout; the only endpoints callable without credentials. */
@Tag(name = "auth")
@RestController
@RequestMapping("/api/v1/auth")
class LoginController {
  private final LoginService logins;

  LoginController(LoginService logins) {
    this.logins = logins;
  }

  @Operation(
      summary = "Log in with username and password (and TOTP code when needed)",
      description =
          "401 wrong credentials or missing/wrong TOTP code (totpRequired: true; with secret and"
              + " otpauthUri when an admin requires TOTP and none is set up yet), 423 account"
              + " locked, 429 too many attempts from this address.")
  @PublicEndpoint
  @PostMapping("/login")
  TokenResponse login(@Valid @RequestBody LoginRequest request, HttpServletRequest http) {
    return logins.login(request, http.getRemoteAddr());
  }

  @Operation(
      summary = "Exchange a refresh token for a new token pair",
      description =
          "The refresh token is used up. Presenting it again signs out every session of that"
              + " login.")
  @PublicEndpoint
  @PostMapping("/refresh")
  TokenResponse refresh(@Valid @RequestBody RefreshRequest request, HttpServletRequest http) {
    logins.ownerOf(request.refreshToken()).noteOn(http);
    return logins.refresh(request.refreshToken());
  }

  @Operation(summary = "Log out: revoke the refresh tokens of this login")
  @PublicEndpoint
  @PostMapping("/logout")
  ResponseEntity<Void> logout(@Valid @RequestBody RefreshRequest request, HttpServletRequest http) {
    logins.ownerOf(request.refreshToken()).noteOn(http);
    logins.logout(request.refreshToken());
    return ResponseEntity.noContent().build();
  }
}
