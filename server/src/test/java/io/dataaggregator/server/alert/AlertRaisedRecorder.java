package io.dataaggregator.server.alert;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Test-only listener (found by component scanning in the test servers): keeps every {@link
 * AlertRaised} event, standing in for the live feature that forwards them.
 */
@Component
public class AlertRaisedRecorder {
  private final List<AlertRaised> raised = new CopyOnWriteArrayList<>();

  @EventListener
  void on(AlertRaised event) {
    raised.add(event);
  }

  public List<AlertRaised> raised() {
    return List.copyOf(raised);
  }
}
