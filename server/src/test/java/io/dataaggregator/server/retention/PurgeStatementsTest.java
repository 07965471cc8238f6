package io.dataaggregator.server.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

class PurgeStatementsTest {
  private static final Instant CUTOFF = Instant.parse("2026-01-01T00:00:00Z");
  private static final PurgeStatements OLD =
      new PurgeStatements(
          "SELECT id FROM events WHERE at < :cutoff ORDER BY at LIMIT :limit",
          Long.class,
          "DELETE FROM events WHERE id IN (:ids)");

  private final JdbcClient jdbc = JdbcClient.create(memoryDatabase());
  private final ExecutorService purgers = Executors.newFixedThreadPool(4);

  @BeforeEach
  void someOldAndSomeNewRows() {
    jdbc.sql("CREATE TABLE events (id BIGINT PRIMARY KEY, at TIMESTAMP WITH TIME ZONE)").update();
    jdbc.sql(
            "INSERT INTO events SELECT x, CASE WHEN x <= 2000 THEN TIMESTAMP WITH TIME ZONE"
                + " '2025-06-01 00:00:00Z' ELSE TIMESTAMP WITH TIME ZONE '2026-06-01 00:00:00Z'"
                + " END FROM SYSTEM_RANGE(1, 2100)")
        .update();
  }

  @AfterEach
  void dropTheDatabase() {
    purgers.shutdownNow();
    jdbc.sql("DROP ALL OBJECTS").update();
  }

  @Test
  void aPurgeThatFindsItsRowsTakenByAnotherGoesOnUntilNothingOldIsLeft() throws Exception {
    // Four purges race over the same rows in batches of 5: each chooses ids that another may
    // delete first. Whichever stops, it stops because nothing older than the cutoff is left.
    CountDownLatch go = new CountDownLatch(1);
    List<CompletableFuture<Long>> leftWhenDone = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      leftWhenDone.add(
          CompletableFuture.supplyAsync(
              () -> {
                await(go);
                while (OLD.deleteBatch(jdbc, CUTOFF, 5) > 0) {
                  // next batch
                }
                return oldRows();
              },
              purgers));
    }
    go.countDown();

    for (CompletableFuture<Long> left : leftWhenDone) {
      assertThat(left.get()).as("old rows left when a purge said it was done").isZero();
    }
    assertThat(jdbc.sql("SELECT COUNT(*) FROM events").query(Long.class).single()).isEqualTo(100);
  }

  @Test
  void aBatchWithNothingToDeleteIsZero() {
    while (OLD.deleteBatch(jdbc, CUTOFF, 500) > 0) {
      // empty the old rows
    }
    assertThat(OLD.deleteBatch(jdbc, CUTOFF, 500)).isZero();
  }

  private long oldRows() {
    return jdbc.sql("SELECT COUNT(*) FROM events WHERE at < :cutoff")
        .param("cutoff", java.sql.Timestamp.from(CUTOFF))
        .query(Long.class)
        .single();
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static JdbcDataSource memoryDatabase() {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:purge-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
    ds.setUser("sa");
    return ds;
  }
}
