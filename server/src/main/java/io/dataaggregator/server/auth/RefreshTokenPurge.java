package io.dataaggregator.server.auth;

import io.dataaggregator.server.retention.KeptFor;
import io.dataaggregator.server.retention.Purge;
import io.dataaggregator.server.retention.PurgeStatements;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Deletes the refresh tokens of logins that are over: a family (the chain of tokens of one login)
 * goes as a whole once its newest token has expired, and not before.
 *
 * <p>Why the chain's expiry and not each token's: until then the family may hold a token someone
 * can still use, and presenting one of its used tokens is how a copied token is caught ({@link
 * RefreshTokens#use} then revokes the family, signing that login out). A used token deleted early
 * would be answered "not known" and the copy's holder would go on refreshing. Once the newest token
 * has expired nothing of the family can be used: presenting any of its tokens can only fail, and
 * revoking it would sign nobody out. Access tokens do not extend this: revoking a family never
 * ended them early (they run out after {@code dagg.auth.access-token-ttl} regardless). Revoked
 * families wait for the same expiry, so that their tokens keep getting the "revoked" answer.
 */
@Component
class RefreshTokenPurge implements Purge {
  private static final PurgeStatements ENDED_LOGINS =
      new PurgeStatements(
          "SELECT id FROM refresh_tokens WHERE family_id IN (SELECT family_id FROM refresh_tokens"
              + " GROUP BY family_id HAVING MAX(expires_at) < :cutoff) LIMIT :limit",
          UUID.class,
          "DELETE FROM refresh_tokens WHERE id IN (:ids)");

  private final JdbcClient jdbc;

  RefreshTokenPurge(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public String what() {
    return "refresh tokens";
  }

  @Override
  public KeptFor keptFor() {
    return new KeptFor.UntilExpired();
  }

  /**
   * Deletes tokens of families whose newest token expired before {@code cutoff} (now). A family
   * may go over several batches; what is left of it still qualifies, so the next batch goes on.
   */
  @Override
  public int deleteBatch(Instant cutoff, int limit) {
    return ENDED_LOGINS.deleteBatch(jdbc, cutoff, limit);
  }
}
