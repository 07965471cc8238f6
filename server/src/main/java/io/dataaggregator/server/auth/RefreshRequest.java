package io.dataaggregator.server.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code POST /api/v1/auth/refresh} and {@code /logout}: the refresh token of the login. */
record RefreshRequest(@NotBlank @Size(max = 200) String refreshToken) {}
