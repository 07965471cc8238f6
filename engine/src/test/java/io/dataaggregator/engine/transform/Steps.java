package io.dataaggregator.engine.transform;

import io.dataaggregator.engine.spi.Registry;
import io.dataaggregator.engine.type.Batch;
import io.dataaggregator.engine.type.Schema;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** Builds steps from YAML as users write it in a pipeline file, through the ServiceLoader. */
public final class Steps {
  public static final Registry REGISTRY = Registry.load();

  private Steps() {}

  /** The {@code transforms:} list of {@code yaml}, e.g. {@code "- filter: \"x > 1\""}. */
  public static List<StepLink<?>> links(String yaml) {
    Object parsed = new Load(LoadSettings.builder().build()).loadFromString(yaml);
    return StepLink.parse(REGISTRY, (List<?>) parsed);
  }

  public static StepChain chain(String yaml, Schema input) {
    return StepChain.build(links(yaml), input, StepContext.of("test"));
  }

  public static StepChain chain(String yaml, Schema input, Map<String, String> environment) {
    return StepChain.build(
        links(yaml), input, StepContext.of("test").withEnvironment(environment::get));
  }

  /** Runs {@code input} through the steps of {@code yaml} and ends the stream. */
  public static Batch run(String yaml, Batch input) {
    StepChain chain = chain(yaml, input.schema());
    Batch out = chain.apply(input);
    Batch rest = chain.finish();
    return concat(out, rest);
  }

  public static Batch concat(Batch a, Batch b) {
    var rows = new java.util.ArrayList<>(a.rows());
    rows.addAll(b.rows());
    var rejections = new java.util.ArrayList<>(a.rejections());
    rejections.addAll(b.rejections());
    return new Batch(b.schema(), rows, rejections);
  }
}
