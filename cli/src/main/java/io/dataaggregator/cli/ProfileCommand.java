package io.dataaggregator.cli;

import io.dataaggregator.engine.config.ConfigBinder;
import io.dataaggregator.engine.inspect.FieldProfile;
import io.dataaggregator.engine.inspect.Profiler;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "profile", description = "Profile the fields a pipeline produces, on a sample: nulls, distinct values, min/max, top values.")
final class ProfileCommand implements Callable<Integer> {
  @Parameters(paramLabel = "PIPELINE.yaml", description = "The pipeline file.")
  Path file;

  @Option(names = "--rows", defaultValue = "100000", description = "Rows read from the source (default: ${DEFAULT-VALUE}).")
  int rows;

  @Option(names = "--stream", description = "The stream, when the pipeline reads several.")
  String stream;

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  @Override
  public Integer call() {
    List<FieldProfile> profiles = Profiler.profile(PipelineFiles.load(file), stream, rows, Duration.ofMinutes(2));
    if (json) {
      System.out.println(ConfigBinder.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(profiles));
      return ExitCode.OK;
    }
    TextTable.print(List.of("field", "type", "rows", "null %", "distinct", "min", "max", "conforming %", "top values"),
        profiles.stream().map(p -> List.of(p.field(), p.type().toString(), LedgerPrinter.n(p.count()),
            pct(p.nullShare()), LedgerPrinter.n(p.distinct()), TextTable.cell(p.min()), TextTable.cell(p.max()),
            pct(p.conformance()),
            String.join(", ", p.top().stream().map(v -> v.value() + " (" + v.count() + ")").toList()))).toList(),
        System.out);
    return ExitCode.OK;
  }

  private static String pct(double share) {
    return String.format(Locale.ROOT, "%.1f", share * 100);
  }
}
