package io.dataaggregator.server.auth;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code POST /api/v1/auth/login}. */
record LoginRequest(
    @NotBlank @Size(max = 64) String username,
    @NotBlank @Size(max = 1024) String password,
    @JsonPropertyDescription("6-digit code of the authenticator app, when the account has TOTP")
        @Size(max = 16)
        String totp) {}
