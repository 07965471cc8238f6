package io.dataaggregator.cli;

import io.dataaggregator.engine.config.ConfigBinder;
import io.dataaggregator.engine.plan.Plan;
import io.dataaggregator.engine.spi.Catalog;
import io.dataaggregator.engine.spi.CatalogStream;
import io.dataaggregator.engine.type.Field;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "discover", description = "List the streams a pipeline's source offers, with their fields.")
final class DiscoverCommand implements Callable<Integer> {
  @Parameters(paramLabel = "PIPELINE.yaml", description = "The pipeline file.")
  Path file;

  @Option(names = "--json", description = "Print the catalog as JSON.")
  boolean json;

  @Override
  public Integer call() {
    Plan plan = PipelineFiles.load(file);
    Catalog catalog = plan.source().discover();
    if (json) {
      System.out.println(ConfigBinder.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(toJson(catalog)));
      return ExitCode.OK;
    }
    for (CatalogStream s : catalog.streams()) {
      System.out.println(s.name()
          + (s.primaryKey().isEmpty() ? "" : "  key " + s.primaryKey())
          + (s.cursorCandidates().isEmpty() ? "" : "  cursor candidates " + s.cursorCandidates()));
      for (Field f : s.schema().fields()) {
        System.out.printf("  %-30s %s%s%n", f.name(), f.type(), f.nullable() ? "" : " not null");
      }
    }
    return ExitCode.OK;
  }

  private static List<Map<String, Object>> toJson(Catalog catalog) {
    return catalog.streams().stream().map(s -> {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("name", s.name());
      m.put("fields", s.schema().fields().stream()
          .map(f -> Map.of("name", f.name(), "type", f.type().toString(), "nullable", f.nullable()))
          .toList());
      m.put("primary_key", s.primaryKey());
      m.put("cursor_candidates", s.cursorCandidates());
      return m;
    }).toList();
  }
}
