package io.dataaggregator.server.retention;

import io.dataaggregator.server.system.Setting;

/** How long a {@link Purge} keeps what it deletes. */
public sealed interface KeptFor {
  /**
   * As many days as {@code setting} says, counted back from now; 0 keeps for ever and the purge
   * is skipped.
   */
  record Days(Setting setting) implements KeptFor {}

  /**
   * Until the rows' own expiry, which they carry: every round is given the cutoff now, and no
   * setting turns it off.
   */
  record UntilExpired() implements KeptFor {}
}
