package io.dataaggregator.server.pipeline;

import io.dataaggregator.engine.inspect.Previewer;
import io.dataaggregator.engine.inspect.Profiler;
import io.dataaggregator.engine.plan.Plan;
import io.dataaggregator.server.connection.BoundedCall;
import io.dataaggregator.server.pipeline.InspectResponses.Preview;
import io.dataaggregator.server.pipeline.InspectResponses.Profile;
import io.dataaggregator.server.pipeline.PipelineResponses.Validation;
import java.time.Duration;
import org.springframework.stereotype.Service;

/**
 * Looks at a pipeline without running it: validation (no connection made), preview of the rows
 * after each node, and a profile of the output's fields, both on a sample and within {@code
 * dagg.preview.timeout}. Nothing is written anywhere.
 */
@Service
class PipelineInspector {
  private final PipelinePlans plans;
  private final PreviewProperties properties;

  PipelineInspector(PipelinePlans plans, PreviewProperties properties) {
    this.plans = plans;
    this.properties = properties;
  }

  Validation validate(String yaml) {
    return Validation.of(plans.problems(yaml, "pipeline"));
  }

  /**
   * @param stream the stream to look at; null when the pipeline reads one
   * @param steps how many steps to apply (0: the source alone); null for all
   */
  Preview preview(String yaml, String stream, Integer steps, int rows) {
    Plan plan = plans.compile(yaml, "pipeline");
    int upTo = steps == null ? Integer.MAX_VALUE : steps;
    return BoundedCall.call(
        () -> Preview.of(Previewer.preview(plan, stream, upTo, rows, sampling())),
        properties.timeout(),
        "The preview of pipeline " + plan.name());
  }

  Profile profile(String yaml, String stream, int rows) {
    Plan plan = plans.compile(yaml, "pipeline");
    return BoundedCall.call(
        () -> Profile.of(Profiler.profile(plan, stream, rows, sampling())),
        properties.timeout(),
        "The profile of pipeline " + plan.name());
  }

  private Duration sampling() {
    return properties.timeout().dividedBy(2);
  }
}
