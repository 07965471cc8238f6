package io.dataaggregator.server.retention;

import java.time.Instant;

/**
 * Deletes what a feature keeps past its retention. Each feature that owns growing tables declares
 * one bean per kind of thing and deletes only from its own tables; {@link RetentionPurger} calls
 * them periodically on one instance of the cluster at a time.
 *
 * <p>Implementations must be thread-safe and idempotent: an instance may die in the middle of a
 * purge, and the next one starts over from the same cutoff.
 */
public interface Purge {
  /** What it deletes, in the plural, for logs: {@code runs}, {@code audit entries}. */
  String what();

  /** How long what it deletes is kept: the days of a setting, or until it expires. */
  KeptFor keptFor();

  /**
   * Deletes at most {@code limit} rows of what is older than {@code cutoff}, in one short
   * transaction of its own, so that no table stays locked for long; called again until it returns
   * 0.
   *
   * @return how many rows it deleted; 0 when nothing older than the cutoff is left
   */
  int deleteBatch(Instant cutoff, int limit);

  /**
   * Told once after a purge deleted {@code rows} rows (only when it deleted some); {@code days} is
   * the setting's value, 0 for what is kept until it expires.
   */
  default void purged(long rows, Instant cutoff, int days) {}
}
