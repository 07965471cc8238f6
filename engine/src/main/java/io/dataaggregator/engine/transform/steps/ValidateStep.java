package io.dataaggregator.engine.transform.steps;

import io.dataaggregator.engine.spi.ConnectorException;
import io.dataaggregator.engine.transform.Step;
import io.dataaggregator.engine.transform.StepContext;
import io.dataaggregator.engine.transform.TransformErrorCode;
import io.dataaggregator.engine.type.Batch;
import io.dataaggregator.engine.type.Schema;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs the checks of each rule on each row and acts on the broken ones. */
final class ValidateStep implements Step {
  private static final Logger LOG = LoggerFactory.getLogger(ValidateStep.class);

  /** Warnings logged per step; all are counted, but a log line per row would drown the log. */
  private static final int LOGGED_WARNINGS = 20;

  /** A rule bound to its field and checks; unique rules keep the run's fingerprints. */
  record CompiledRule(
      int index,
      ValidateConfig.Rule rule,
      List<Checks.Check> checks,
      FingerprintSet seen,
      Fingerprint fingerprint) {
    CompiledRule(int index, ValidateConfig.Rule rule, List<Checks.Check> checks) {
      this(index, rule, checks, rule.unique() ? new FingerprintSet() : null, new Fingerprint());
    }
  }

  private final Schema output;
  private final List<CompiledRule> rules;
  private final StepContext context;
  private long warnings;

  ValidateStep(Schema output, List<CompiledRule> rules, StepContext context) {
    this.output = output;
    this.rules = rules;
    this.context = context;
  }

  @Override
  public Schema output() {
    return output;
  }

  @Override
  public long warnings() {
    return warnings;
  }

  @Override
  public Batch apply(Batch input) {
    var out = new BatchBuilder(input, output, context);
    for (Object[] row : input.rows()) {
      List<String> reasons = null;
      String field = null;
      boolean warned = false;
      for (CompiledRule rule : rules) {
        String reason = check(rule, row[rule.index()]);
        if (reason == null) {
          continue;
        }
        switch (rule.rule().action()) {
          case fail ->
              throw new ConnectorException(
                  TransformErrorCode.VALIDATION_FAILED,
                  "validate: " + reason + " (the rule's action is fail, so the run stops)");
          case warn -> warned |= warn(reason);
          case reject -> {
            reasons = reasons == null ? new ArrayList<>() : reasons;
            reasons.add(reason);
            field = field == null ? rule.rule().field() : field;
          }
        }
      }
      if (reasons != null) {
        out.reject(row, field, String.join("; ", reasons));
      } else {
        warnings += warned ? 1 : 0;
        out.add(row);
      }
    }
    return out.build();
  }

  private boolean warn(String reason) {
    if (warnings < LOGGED_WARNINGS) {
      LOG.warn("stream {}: validate: {}", context.stream(), reason);
    }
    return true;
  }

  private static String check(CompiledRule rule, Object value) {
    if (value == null) {
      return rule.rule().notNull() ? rule.rule().field() + " is null" : null;
    }
    for (Checks.Check check : rule.checks()) {
      String reason = check.test(value);
      if (reason != null) {
        return reason;
      }
    }
    if (rule.seen() != null) {
      if (!rule.seen().add(rule.fingerprint().reset().add(value))) {
        return rule.rule().field() + " " + CastException.show(value) + " is not unique in this run";
      }
      if (rule.seen().size() > DeduplicateConfig.DEFAULT_MAX_KEYS) {
        throw new ConnectorException(
            TransformErrorCode.STATE_LIMIT,
            "validate: unique on "
                + rule.rule().field()
                + " has seen "
                + DeduplicateConfig.DEFAULT_MAX_KEYS
                + " values, the most it remembers in one run");
      }
    }
    return null;
  }
}
