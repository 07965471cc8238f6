package io.dataaggregator.server.auth;

/**
 * The answer to a login or refresh.
 *
 * @param accessToken JWT to send as {@code Authorization: Bearer ...}
 * @param refreshToken single-use token for {@code POST /api/v1/auth/refresh}
 * @param expiresIn seconds until the access token expires
 * @param tokenType always {@code Bearer}
 */
record TokenResponse(String accessToken, String refreshToken, long expiresIn, String tokenType) {}
