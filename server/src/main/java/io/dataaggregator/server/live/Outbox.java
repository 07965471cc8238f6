package io.dataaggregator.server.live;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The messages waiting for one client, bounded so a slow client costs a fixed amount of memory and
 * never holds up whoever publishes. When full it gives up, in this order: older progress of the
 * same stream (only the newest counts), the oldest progress of any stream, the oldest log line;
 * statuses and alerts are never dropped: when only they fill it, {@link #offer} says the client is
 * hopelessly behind. Thread-safe.
 */
final class Outbox {
  /** What was done with an offered message. */
  enum Offer {
    QUEUED,
    /** A message was given up for it: an older one, or this progress itself. */
    DROPPED,
    /** Not queued: the outbox holds nothing it may drop; the client is hopelessly behind. */
    FULL
  }

  private final int capacity;
  private final Map<String, String> progress = new LinkedHashMap<>();
  private final ArrayDeque<Entry> others = new ArrayDeque<>();
  private long dropped;

  private record Entry(boolean log, String json) {}

  Outbox(int capacity) {
    if (capacity < 2) {
      throw new IllegalArgumentException("capacity must be at least 2");
    }
    this.capacity = capacity;
  }

  synchronized Offer offer(LiveMessage.Kind kind, String replaceKey, String json) {
    if (kind == LiveMessage.Kind.PROGRESS && progress.remove(replaceKey) != null) {
      progress.put(replaceKey, json);
      dropped++;
      return Offer.DROPPED;
    }
    Offer result = Offer.QUEUED;
    if (size() >= capacity) {
      if (!dropOne(kind)) {
        if (kind == LiveMessage.Kind.PROGRESS) {
          dropped++; // nothing older to give up for it: this progress is the one dropped
          return Offer.DROPPED;
        }
        return Offer.FULL;
      }
      result = Offer.DROPPED;
    }
    if (kind == LiveMessage.Kind.PROGRESS) {
      progress.put(replaceKey, json);
    } else {
      others.addLast(new Entry(kind == LiveMessage.Kind.LOG, json));
    }
    return result;
  }

  /** The next message to send: statuses, logs and alerts in order first, then progress. */
  synchronized String poll() {
    Entry next = others.pollFirst();
    if (next != null) {
      return next.json();
    }
    Iterator<String> it = progress.values().iterator();
    if (!it.hasNext()) {
      return null;
    }
    String json = it.next();
    it.remove();
    return json;
  }

  synchronized int size() {
    return progress.size() + others.size();
  }

  /** Messages given up so far. */
  synchronized long dropped() {
    return dropped;
  }

  private boolean dropOne(LiveMessage.Kind incoming) {
    Iterator<String> oldestProgress = progress.values().iterator();
    if (oldestProgress.hasNext()) {
      oldestProgress.next();
      oldestProgress.remove();
      dropped++;
      return true;
    }
    if (incoming == LiveMessage.Kind.PROGRESS) {
      return false; // a log line is worth more than a progress
    }
    for (Iterator<Entry> it = others.iterator(); it.hasNext(); ) {
      if (it.next().log()) {
        it.remove();
        dropped++;
        return true;
      }
    }
    return false;
  }
}
