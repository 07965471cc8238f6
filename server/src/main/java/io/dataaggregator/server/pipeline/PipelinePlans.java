package io.dataaggregator.server.pipeline;

import io.dataaggregator.engine.pipeline.InvalidPipelineException;
import io.dataaggregator.engine.pipeline.PipelineProblem;
import io.dataaggregator.engine.pipeline.PipelineReader;
import io.dataaggregator.engine.pipeline.PipelineSpec;
import io.dataaggregator.engine.pipeline.SourceMap;
import io.dataaggregator.engine.pipeline.StepSpec;
import io.dataaggregator.engine.plan.Plan;
import io.dataaggregator.engine.plan.PlanCompiler;
import io.dataaggregator.engine.spi.Registry;
import io.dataaggregator.server.connection.FileAccess;
import io.dataaggregator.server.connection.StoredConnections;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Turns pipeline YAML into an engine {@link Plan} the way the server must: {@code connection:}
 * names resolve from stored connections (secrets decrypted), {@code ${VAR}} reads only environment
 * variables whose names start with {@value #ENV_PREFIX} (so a pipeline cannot print the server's
 * own secrets), and file paths may not reach into the server's data directory. The pipelines
 * feature's public API for runs and previews. Thread-safe.
 */
@Component
public class PipelinePlans {
  /** The environment variables pipelines on the server may read with {@code ${VAR}}. */
  public static final String ENV_PREFIX = "DAGG_PIPELINE_";

  private static final Pattern UNSET_VARIABLE =
      Pattern.compile("environment variable ([A-Za-z_][A-Za-z0-9_]*) is not set.*");

  private final Registry registry = Registry.load();
  private final StoredConnections connections;
  private final FileAccess files;

  PipelinePlans(StoredConnections connections, FileAccess files) {
    this.connections = connections;
    this.files = files;
  }

  /**
   * The plan of {@code yaml}, connectors and steps bound; connects to nothing.
   *
   * @param origin names the pipeline in messages
   * @throws InvalidPipelineException with every problem, each with its line and field
   */
  public Plan compile(String yaml, String origin) {
    PipelineSpec spec = read(yaml, origin);
    var problems = new ArrayList<PipelineProblem>();
    Plan plan = null;
    try {
      plan = new PlanCompiler(registry, connections).compile(spec);
    } catch (InvalidPipelineException e) {
      problems.addAll(e.problems());
    }
    problems.addAll(fileProblems(spec));
    if (!problems.isEmpty()) {
      problems.sort(Comparator.comparingInt(PipelineProblem::line));
      throw new InvalidPipelineException(origin, problems);
    }
    return plan;
  }

  /** Every problem of {@code yaml}; empty when it compiles. */
  public List<PipelineProblem> problems(String yaml, String origin) {
    try {
      compile(yaml, origin);
      return List.of();
    } catch (InvalidPipelineException e) {
      return e.problems();
    }
  }

  /** Reads the file's shape only (no connector is looked at). */
  PipelineSpec read(String yaml, String origin) {
    var reader =
        new PipelineReader(name -> name.startsWith(ENV_PREFIX) ? System.getenv(name) : null);
    try {
      return reader.parse(yaml, origin);
    } catch (InvalidPipelineException e) {
      throw new InvalidPipelineException(
          origin, e.problems().stream().map(PipelinePlans::explain).toList());
    }
  }

  Registry registry() {
    return registry;
  }

  private List<PipelineProblem> fileProblems(PipelineSpec spec) {
    SourceMap map = spec.sourceMap();
    var problems = new ArrayList<PipelineProblem>();
    files
        .check(spec.source().config())
        .forEach(d -> problems.add(map.problem("/source/config" + d.pointer(), d.message())));
    files
        .check(spec.destination().config())
        .forEach(d -> problems.add(map.problem("/destination/config" + d.pointer(), d.message())));
    for (StepSpec step : spec.transforms()) {
      files
          .check(step.config())
          .forEach(d -> problems.add(map.problem(step.pointer() + d.pointer(), d.message())));
    }
    return problems;
  }

  private static PipelineProblem explain(PipelineProblem p) {
    Matcher m = UNSET_VARIABLE.matcher(p.message());
    if (!m.matches() || m.group(1).startsWith(ENV_PREFIX)) {
      return p;
    }
    String name = m.group(1);
    return new PipelineProblem(
        p.line(),
        p.field(),
        "environment variable "
            + name
            + " is not available to pipelines on the server: only"
            + " variables whose names start with "
            + ENV_PREFIX
            + " are (write ${"
            + name
            + ":-default} to give a default)");
  }
}
