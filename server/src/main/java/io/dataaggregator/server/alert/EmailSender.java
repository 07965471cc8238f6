package io.dataaggregator.server.alert;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends an alert as a plain-text email through Spring Boot's mail sender ({@code spring.mail.*}).
 */
@Component
class EmailSender {
  private final ObjectProvider<JavaMailSender> mail;
  private final AlertProperties properties;

  EmailSender(ObjectProvider<JavaMailSender> mail, AlertProperties properties) {
    this.mail = mail;
    this.properties = properties;
  }

  void send(String to, AlertRaised alert) {
    JavaMailSender sender = mail.getIfAvailable();
    if (sender == null) {
      throw new IllegalStateException("email is not set up on this server (spring.mail.host)");
    }
    SimpleMailMessage message = new SimpleMailMessage();
    message.setFrom(properties.mailFrom());
    message.setTo(to);
    message.setSubject("[Data Aggregator] " + alert.ruleName() + ": " + alert.pipelineName());
    message.setText(
        alert.message()
            + "\n\nRule: "
            + alert.ruleName()
            + " ("
            + alert.condition()
            + ")"
            + "\nPipeline: "
            + alert.pipelineName()
            + " ("
            + alert.pipelineId()
            + ")"
            + "\nRun: "
            + alert.runId()
            + "\nRaised: "
            + alert.raisedAt()
            + "\nAlert: "
            + alert.eventId()
            + "\n");
    sender.send(message);
  }
}
