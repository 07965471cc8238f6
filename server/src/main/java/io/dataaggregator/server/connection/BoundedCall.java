package io.dataaggregator.server.connection;

import io.dataaggregator.server.system.ApiException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.MDC;
import org.springframework.http.HttpStatus;

/**
 * Runs connector work (check, discover, preview) on its own virtual thread and gives up waiting
 * after a time limit, so an unreachable host or a slow source cannot hold a request forever. On
 * timeout the thread is interrupted and left to end; the caller gets a 504 problem.
 */
public final class BoundedCall {
  private BoundedCall() {}

  /**
   * The result of {@code work}, or its exception rethrown as it was (unchecked ones as they are).
   *
   * @param what names the work in the timeout message, e.g. "the check of connection pg"
   * @throws ApiException 504 when {@code limit} passes first
   */
  public static <T> T call(Callable<T> work, Duration limit, String what) {
    var result = new CompletableFuture<T>();
    Map<String, String> logContext = MDC.getCopyOfContextMap();
    Thread worker =
        Thread.ofVirtual()
            .name("dagg-bounded-call")
            .start(
                () -> {
                  if (logContext != null) {
                    MDC.setContextMap(logContext); // keep the request's correlation id in logs
                  }
                  try {
                    result.complete(work.call());
                  } catch (Throwable e) {
                    result.completeExceptionally(e);
                  }
                });
    try {
      return result.get(limit.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      worker.interrupt();
      throw new ApiException(
          HttpStatus.GATEWAY_TIMEOUT,
          "timeout",
          what + " gave no answer within " + limit.toSeconds() + " s.");
    } catch (InterruptedException e) {
      worker.interrupt();
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for " + what, e);
    } catch (ExecutionException e) {
      throw rethrow(e.getCause());
    }
  }

  private static RuntimeException rethrow(Throwable cause) {
    if (cause instanceof RuntimeException r) {
      return r;
    }
    if (cause instanceof Error error) {
      throw error;
    }
    return new IllegalStateException(cause);
  }
}
