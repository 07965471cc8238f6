package io.dataaggregator.server.run;

import io.dataaggregator.engine.plan.DestinationNode;
import io.dataaggregator.engine.plan.Plan;
import io.dataaggregator.engine.spi.BatchWriter;
import io.dataaggregator.engine.spi.CheckResult;
import io.dataaggregator.engine.spi.ConnectorSpec;
import io.dataaggregator.engine.spi.Destination;
import io.dataaggregator.engine.spi.WriteTarget;

/**
 * Wraps a plan's destination so that the server sees what the engine writes: each commit first
 * checks the worker's lease (see {@link ActiveRun#checkLease}), then keeps the rejected rows it
 * made durable (see {@link TappedWriter}). Everything else goes straight to the connector.
 */
final class TappedDestination<C extends Record> implements Destination<C> {
  private final Destination<C> connector;
  private final TappedWriter.Keeper keeper;
  private final ActiveRun active;

  private TappedDestination(
      Destination<C> connector, TappedWriter.Keeper keeper, ActiveRun active) {
    this.connector = connector;
    this.keeper = keeper;
    this.active = active;
  }

  /** The plan with its destination tapped. */
  static Plan tap(Plan plan, TappedWriter.Keeper keeper, ActiveRun active) {
    return new Plan(
        plan.name(),
        plan.source(),
        plan.transforms(),
        tapNode(plan.destination(), keeper, active),
        plan.quality(),
        plan.sourceMap(),
        plan.baseDirectory(),
        plan.references());
  }

  private static <C extends Record> DestinationNode<C> tapNode(
      DestinationNode<C> node, TappedWriter.Keeper keeper, ActiveRun active) {
    return new DestinationNode<>(
        new TappedDestination<>(node.connector(), keeper, active),
        node.config(),
        node.mode(),
        node.key(),
        node.table());
  }

  @Override
  public ConnectorSpec<C> spec() {
    return connector.spec();
  }

  @Override
  public CheckResult check(C config) {
    return connector.check(config);
  }

  @Override
  public BatchWriter open(C config, WriteTarget target) {
    return new TappedWriter(connector.open(config, target), target.stream(), keeper, active);
  }
}
