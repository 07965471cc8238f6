package io.dataaggregator.server.auth;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Accounts as recently read for authenticating requests. Every API request needs its caller's
 * account (enabled? role? sessions ended?); reading it from the store each time was the largest
 * single cost of a read and doubled the connections requests queue for. Entries live for a short
 * time, and {@link #forget} drops one when this instance changes the account, again after the
 * changing transaction ends so that no read from inside it stays behind.
 */
final class RecentAccounts {
  private final Function<UUID, Optional<Credentials>> store;
  private final Cache<UUID, Optional<Credentials>> recent;

  RecentAccounts(Duration ttl, Function<UUID, Optional<Credentials>> store) {
    this.store = store;
    this.recent =
        ttl.isPositive()
            ? Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(100_000).build()
            : null;
  }

  Optional<Credentials> get(UUID id) {
    return recent == null ? store.apply(id) : recent.get(id, store);
  }

  void forget(UUID id) {
    if (recent == null) {
      return;
    }
    recent.invalidate(id);
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
              recent.invalidate(id);
            }
          });
    }
  }
}
