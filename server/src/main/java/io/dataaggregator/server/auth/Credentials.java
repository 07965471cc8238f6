package io.dataaggregator.server.auth;

import java.time.Instant;

/** What login needs to know about an account; never leaves this package. */
record Credentials(
    Account account,
    String passwordHash,
    String totpSecret,
    String totpPendingSecret,
    Long totpLastStep,
    Instant sessionsValidAfter) {}
