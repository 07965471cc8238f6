package io.dataaggregator.server.live;

import io.dataaggregator.server.auth.AccessPolicy;
import io.dataaggregator.server.auth.CurrentUser;
import io.dataaggregator.server.auth.Permission;
import java.time.Instant;

/**
 * Who holds a live session, and until when their access token is good.
 *
 * @param expiresAt when the token expires; the session is closed then unless the client sent a
 *     newer token
 */
record LiveUser(CurrentUser user, Instant expiresAt) {
  boolean may(AccessPolicy policy, Permission permission) {
    return policy.permits(user.role(), permission);
  }

  boolean expired(Instant now) {
    return expiresAt != null && !now.isBefore(expiresAt);
  }
}
