package io.dataaggregator.cli;

import io.dataaggregator.engine.config.ConfigBinder;
import io.dataaggregator.engine.inspect.ChildPreview;
import io.dataaggregator.engine.inspect.Previewer;
import io.dataaggregator.engine.inspect.StepPreview;
import io.dataaggregator.engine.plan.Plan;
import io.dataaggregator.engine.type.Rejection;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "preview", description = "Show the rows after the source and after each step, on a sample; writes nothing.")
final class PreviewCommand implements Callable<Integer> {
  @Parameters(paramLabel = "PIPELINE.yaml", description = "The pipeline file.")
  Path file;

  @Option(names = "--step", description = "Stop after this many steps (0: the source alone; default: all).")
  Integer step;

  @Option(names = "--rows", defaultValue = "20", description = "Rows read from the source (default: ${DEFAULT-VALUE}).")
  int rows;

  @Option(names = "--stream", description = "The stream, when the pipeline reads several.")
  String stream;

  @Option(names = "--all-steps", description = "Print every node's rows, not only the last one's.")
  boolean allSteps;

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  @Override
  public Integer call() {
    Plan plan = PipelineFiles.load(file);
    int upTo = step == null ? Integer.MAX_VALUE : step;
    List<StepPreview> previews = Previewer.preview(plan, stream, upTo, rows, Duration.ofSeconds(30));
    List<StepPreview> shown = allSteps ? previews : List.of(previews.getLast());
    if (json) {
      System.out.println(ConfigBinder.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(
          shown.stream().map(PreviewCommand::toJson).toList()));
      return ExitCode.OK;
    }
    for (StepPreview p : shown) {
      System.out.printf("%n== after %s (%d rows, %d rejected)%n", p.step() == 0 ? "source" : "step " + p.step() + " " + p.name(),
          p.rows().size(), p.rejected().size());
      TextTable.print(p.schema().names(), cells(p.rows()), System.out);
      for (Rejection r : p.rejected()) {
        System.out.printf("  rejected at %d%s: %s%n", r.position(), r.field().isEmpty() ? "" : " (" + r.field() + ")", r.reason());
      }
      if (allSteps) {
        printChildren(p);
      }
    }
    if (!allSteps) { // rows sent into a child stream are in no later node's table: show them too
      previews.forEach(PreviewCommand::printChildren);
    }
    return ExitCode.OK;
  }

  private static void printChildren(StepPreview p) {
    for (ChildPreview c : p.children()) {
      System.out.printf("%n== into child stream %s by step %d %s (%d rows)%n", c.stream(), p.step(), p.name(),
          c.rows().size());
      TextTable.print(c.schema().names(), cells(c.rows()), System.out);
    }
  }

  private static List<List<String>> cells(List<Object[]> rows) {
    return rows.stream().map(r -> Arrays.stream(r).map(TextTable::cell).toList()).toList();
  }

  private static Map<String, Object> toJson(StepPreview p) {
    var m = new LinkedHashMap<String, Object>();
    m.put("step", p.step());
    m.put("name", p.name());
    m.put("fields", p.schema().names());
    m.put("rows", p.rows().stream().map(r -> Arrays.stream(r).map(TextTable::cell).toList()).toList());
    m.put("rejected", p.rejected());
    m.put("children", p.children().stream().map(PreviewCommand::toJson).toList());
    return m;
  }

  private static Map<String, Object> toJson(ChildPreview c) {
    var m = new LinkedHashMap<String, Object>();
    m.put("stream", c.stream());
    m.put("fields", c.schema().names());
    m.put("rows", cells(c.rows()));
    return m;
  }
}
