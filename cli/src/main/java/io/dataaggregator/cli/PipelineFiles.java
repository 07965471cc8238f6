package io.dataaggregator.cli;

import io.dataaggregator.engine.pipeline.PipelineReader;
import io.dataaggregator.engine.plan.Plan;
import io.dataaggregator.engine.plan.PlanCompiler;
import io.dataaggregator.engine.spi.Registry;
import java.nio.file.Path;

/** Reads and compiles a pipeline file against the connectors on the class path. */
final class PipelineFiles {
  private PipelineFiles() {}

  /** @throws io.dataaggregator.engine.pipeline.InvalidPipelineException with every problem */
  static Plan load(Path file) {
    var spec = new PipelineReader().read(file);
    return new PlanCompiler(Registry.load()).compile(spec);
  }
}
