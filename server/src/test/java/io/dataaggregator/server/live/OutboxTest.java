package io.dataaggregator.server.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataaggregator.server.live.LiveMessage.Kind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutboxTest {
  @Test
  void keepsOnlyTheNewestProgressOfAStream() {
    Outbox box = new Outbox(10);
    box.offer(Kind.PROGRESS, "run/a", "a1");
    box.offer(Kind.PROGRESS, "run/b", "b1");
    assertThat(box.offer(Kind.PROGRESS, "run/a", "a2")).isEqualTo(Outbox.Offer.DROPPED);
    assertThat(drain(box)).containsExactly("b1", "a2");
    assertThat(box.dropped()).isEqualTo(1);
  }

  @Test
  void sendsStatusesAndLinesInOrderBeforeProgress() {
    Outbox box = new Outbox(10);
    box.offer(Kind.PROGRESS, "run/a", "p");
    box.offer(Kind.STATUS, null, "running");
    box.offer(Kind.LOG, null, "line");
    box.offer(Kind.ALERT, null, "alert");
    assertThat(drain(box)).containsExactly("running", "line", "alert", "p");
  }

  @Test
  void whenFullGivesUpProgressFirstThenLogLines() {
    Outbox box = new Outbox(3);
    box.offer(Kind.PROGRESS, "run/a", "p");
    box.offer(Kind.LOG, null, "line1");
    box.offer(Kind.STATUS, null, "s1");
    assertThat(box.offer(Kind.LOG, null, "line2")).isEqualTo(Outbox.Offer.DROPPED);
    assertThat(box.offer(Kind.STATUS, null, "s2")).isEqualTo(Outbox.Offer.DROPPED);
    assertThat(box.offer(Kind.PROGRESS, "run/b", "p2")).isEqualTo(Outbox.Offer.DROPPED);
    assertThat(drain(box)).containsExactly("s1", "line2", "s2");
    assertThat(box.dropped()).isEqualTo(3);
  }

  @Test
  void saysFullWhenOnlyStatusesAndAlertsWait() {
    Outbox box = new Outbox(2);
    box.offer(Kind.STATUS, null, "s1");
    box.offer(Kind.ALERT, null, "a1");
    assertThat(box.offer(Kind.STATUS, null, "s2")).isEqualTo(Outbox.Offer.FULL);
    assertThat(drain(box)).containsExactly("s1", "a1");
  }

  private static List<String> drain(Outbox box) {
    List<String> out = new ArrayList<>();
    String next;
    while ((next = box.poll()) != null) {
      out.add(next);
    }
    return out;
  }
}
