package io.dataaggregator.server.auth;

import io.dataaggregator.server.system.ApiException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.time.Clock;
import java.util.OptionalLong;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's own TOTP second factor: enrol (get a secret), confirm it with a code, disable it.
 * From confirmation on, login needs a code.
 */
@Tag(name = "auth")
@RestController
@RequestMapping("/api/v1/auth/totp")
class TotpController {
  private final Accounts accounts;
  private final TotpSecrets secrets;
  private final AuthProperties properties;
  private final Clock clock;

  TotpController(Accounts accounts, TotpSecrets secrets, AuthProperties properties, Clock clock) {
    this.accounts = accounts;
    this.secrets = secrets;
    this.properties = properties;
    this.clock = clock;
  }

  /** A new secret, not active until confirmed. */
  record Enrolment(String secret, String otpauthUri) {}

  /** A code from the authenticator app. */
  record CodeRequest(
      @NotBlank @Pattern(regexp = "\\d{6}", message = "must be 6 digits") String code) {}

  @Operation(summary = "Start TOTP enrolment: returns a secret and its otpauth:// URI")
  @Requires(Permission.ACCOUNT)
  @PostMapping
  Enrolment enrol(CurrentUser me) {
    Credentials c = accounts.credentials(me.id()).orElseThrow();
    if (c.sealedTotpSecret() != null) {
      throw ApiException.conflict(
          "totp-active", "TOTP is already set up for this account; disable it first.");
    }
    String secret = Totp.newSecret();
    accounts.offerTotp(me.id(), secret);
    return new Enrolment(secret, Totp.uri(properties.totpIssuer(), me.username(), secret));
  }

  @Operation(summary = "Confirm TOTP enrolment with a current code; login needs codes from now on")
  @Requires(Permission.ACCOUNT)
  @PostMapping("/confirm")
  ResponseEntity<Void> confirm(CurrentUser me, @Valid @RequestBody CodeRequest request) {
    Credentials c = accounts.credentials(me.id()).orElseThrow();
    if (c.sealedTotpPendingSecret() == null) {
      throw ApiException.conflict(
          "totp-not-enrolling", "There is no TOTP enrolment to confirm; start one first.");
    }
    String pending = secrets.pending(c);
    OptionalLong step = Totp.verify(pending, request.code(), clock.instant(), null);
    if (step.isEmpty()) {
      throw ApiException.invalid("code", "is not the current code of the new secret");
    }
    accounts.activateTotp(me.id(), pending, step.getAsLong());
    return ResponseEntity.noContent().build();
  }

  @Operation(summary = "Disable TOTP (needs a current code); refused when an admin requires it")
  @Requires(Permission.ACCOUNT)
  @PostMapping("/disable")
  ResponseEntity<Void> disable(CurrentUser me, @Valid @RequestBody CodeRequest request) {
    Credentials c = accounts.credentials(me.id()).orElseThrow();
    if (c.sealedTotpSecret() == null) {
      throw ApiException.conflict("totp-inactive", "TOTP is not set up for this account.");
    }
    if (c.account().totpRequired()) {
      throw new ApiException(
          HttpStatus.CONFLICT,
          "totp-required",
          "An admin requires TOTP for this account; it cannot be disabled.");
    }
    if (Totp.verify(secrets.active(c), request.code(), clock.instant(), c.totpLastStep())
        .isEmpty()) {
      throw ApiException.invalid("code", "is not the current code");
    }
    accounts.resetTotp(me.id());
    return ResponseEntity.noContent().build();
  }
}
