package io.dataaggregator.connector.kafka;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real single-node KRaft broker in the test JVM, started once and shared by every test class that
 * extends with it (closed when the test run ends). Tests make their own topics with random names.
 */
public final class KafkaBroker implements BeforeAllCallback, AutoCloseable {
  private static KafkaBroker shared;

  private final KafkaClusterTestKit cluster;
  private final Admin admin;

  private KafkaBroker() throws Exception {
    var nodes = new TestKitNodes.Builder().setCombined(true).setNumBrokerNodes(1)
        .setNumControllerNodes(1).build();
    cluster = new KafkaClusterTestKit.Builder(nodes)
        .setConfigProp("offsets.topic.replication.factor", "1")
        .setConfigProp("offsets.topic.num.partitions", "1")
        .setConfigProp("transaction.state.log.replication.factor", "1")
        .setConfigProp("group.initial.rebalance.delay.ms", "0")
        .build();
    cluster.format();
    cluster.startup();
    cluster.waitForReadyBrokers();
    var props = new Properties();
    props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers());
    admin = Admin.create(props);
  }

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    synchronized (KafkaBroker.class) {
      if (shared == null) {
        shared = new KafkaBroker();
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put(KafkaBroker.class, shared);
      }
    }
  }

  /** The broker the extension started; call from tests of a class extended with this. */
  public static KafkaBroker get() {
    return shared;
  }

  public String bootstrapServers() {
    return cluster.bootstrapServers();
  }

  public Admin admin() {
    return admin;
  }

  /** Creates a topic with a random name starting with {@code prefix}, and returns the name. */
  public String newTopic(String prefix, int partitions) throws Exception {
    return createTopic(prefix + "-" + UUID.randomUUID().toString().substring(0, 8), partitions);
  }

  public String createTopic(String name, int partitions) throws Exception {
    admin.createTopics(List.of(new NewTopic(name, partitions, (short) 1))).all().get(30, TimeUnit.SECONDS);
    return name;
  }

  public Map<String, Object> baseConfig() {
    return Map.of("bootstrap_servers", bootstrapServers());
  }

  @Override
  public void close() throws Exception {
    admin.close();
    cluster.close();
  }
}
