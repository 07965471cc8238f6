package io.dataaggregator.connector.kafka;

import io.dataaggregator.engine.spi.ConnectorException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Admin operations on a cluster with bounded waits: listing, resolving and creating topics. One
 * instance per operation; close it. Not thread-safe.
 */
final class Topics implements AutoCloseable {
  /** Suffix of the quarantine topics the sink writes rejections to. */
  static final String REJECTED_SUFFIX = "__rejected";

  private static final Pattern LEGAL_NAME = Pattern.compile("[a-zA-Z0-9._-]{1,249}");

  private final KafkaConnection connection;
  private final Admin admin;

  Topics(KafkaConnection connection) {
    this.connection = connection;
    try {
      this.admin = Admin.create(ClientProperties.common(connection, "dagg-admin"));
    } catch (RuntimeException e) {
      throw KafkaFailures.translate(e, "connecting to Kafka", connection, KafkaErrorCode.BAD_CONFIG);
    }
  }

  /** A line describing the cluster; fails when no broker answers in time. */
  String describeCluster() {
    var cluster = admin.describeCluster();
    String id = get(cluster.clusterId(), "connecting to Kafka");
    int brokers = get(cluster.nodes(), "connecting to Kafka").size();
    return "cluster " + id + " at " + connection.bootstrapServers() + " with " + brokers + " broker(s)";
  }

  /** The user topics (internal ones left out), sorted. */
  Set<String> names() {
    return new TreeSet<>(get(admin.listTopics().names(), "listing topics"));
  }

  /** The topics named, each of which must exist, or the non-quarantine ones matching the pattern. */
  List<String> resolve(List<String> wanted, String pattern) {
    Set<String> existing = names();
    if (!wanted.isEmpty()) {
      for (String topic : wanted) {
        if (!existing.contains(topic)) {
          throw unknown("topic '" + topic + "' not found", existing);
        }
      }
      return wanted;
    }
    Pattern regex = Pattern.compile(pattern);
    List<String> matched = existing.stream()
        .filter(t -> regex.matcher(t).matches() && !t.endsWith(REJECTED_SUFFIX))
        .toList();
    if (matched.isEmpty()) {
      throw unknown("no topic matches topic_pattern '" + pattern + "'", existing);
    }
    return matched;
  }

  private ConnectorException unknown(String what, Set<String> existing) {
    String some = existing.isEmpty() ? "none" : String.join(", ", existing.stream().limit(20).toList())
        + (existing.size() > 20 ? ", ... (" + existing.size() + " in all)" : "");
    return new ConnectorException(KafkaErrorCode.UNKNOWN_TOPIC,
        what + " on " + connection.bootstrapServers() + "; its topics: " + some);
  }

  /** Makes sure {@code topic} exists, creating it with the broker's defaults when allowed. */
  void ensure(String topic, boolean create) {
    if (!LEGAL_NAME.matcher(topic).matches() || topic.equals(".") || topic.equals("..")) {
      throw new ConnectorException(KafkaErrorCode.BAD_CONFIG, "'" + topic + "' cannot be a topic name:"
          + " use 1 to 249 letters, digits, '.', '_' and '-'");
    }
    if (names().contains(topic)) {
      return;
    }
    if (!create) {
      throw unknown("topic '" + topic + "' not found (create_topics is false)", names());
    }
    try {
      admin.createTopics(List.of(new NewTopic(topic, Optional.empty(), Optional.empty())))
          .all().get(connection.timeoutMs(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      if (!(e.getCause() instanceof TopicExistsException)) {
        throw KafkaFailures.translate(e, "creating topic " + topic, connection, KafkaErrorCode.WRITE_FAILED);
      }
    } catch (Exception e) {
      throw failure(e, "creating topic " + topic);
    }
  }

  Admin admin() {
    return admin;
  }

  /** Waits for {@code future} at most the connection's timeout. */
  <T> T get(org.apache.kafka.common.KafkaFuture<T> future, String doing) {
    try {
      return future.get(connection.timeoutMs(), TimeUnit.MILLISECONDS);
    } catch (Exception e) {
      throw failure(e, doing);
    }
  }

  private ConnectorException failure(Exception e, String doing) {
    if (e instanceof InterruptedException) {
      Thread.currentThread().interrupt();
    }
    return KafkaFailures.translate(e, doing, connection, KafkaErrorCode.READ_FAILED);
  }

  @Override
  public void close() {
    admin.close(Duration.ZERO);
  }
}
