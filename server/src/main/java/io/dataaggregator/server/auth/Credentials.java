package io.dataaggregator.server.auth;

import java.time.Instant;

/**
 * What login needs to know about an account; never leaves this package.
 *
 * @param sealedTotpSecret the confirmed TOTP secret as stored (sealed, see {@link TotpSecrets}), or
 *     null when TOTP is not set up
 * @param sealedTotpPendingSecret a TOTP secret offered but not confirmed yet, as stored, or null
 */
record Credentials(
    Account account,
    String passwordHash,
    String sealedTotpSecret,
    String sealedTotpPendingSecret,
    Long totpLastStep,
    Instant sessionsValidAfter) {}
