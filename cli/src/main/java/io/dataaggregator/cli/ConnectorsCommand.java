package io.dataaggregator.cli;

import io.dataaggregator.engine.config.ConfigBinder;
import io.dataaggregator.engine.config.ConfigSchemas;
import io.dataaggregator.engine.spi.Connector;
import io.dataaggregator.engine.spi.Registry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.JsonNode;

@Command(name = "connectors", description = "List the connectors and transform steps with their config settings.")
final class ConnectorsCommand implements Callable<Integer> {
  @Parameters(arity = "0..1", paramLabel = "ID", description = "Show only this connector or step.")
  String only;

  @Option(names = "--json", description = "Print each config's full JSON Schema.")
  boolean json;

  @Override
  public Integer call() {
    var registry = Registry.load();
    var ids = new TreeSet<String>();
    ids.addAll(registry.sourceIds());
    ids.addAll(registry.destinationIds());
    var entries = new ArrayList<Map<String, Object>>();
    for (String id : ids) {
      var src = registry.source(id);
      var dst = registry.destination(id);
      Connector<?> c = src.isPresent() ? src.get() : dst.get();
      String kinds = (src.isPresent() ? "source" : "") + (src.isPresent() && dst.isPresent() ? ", " : "")
          + (dst.isPresent() ? "destination" : "");
      entries.add(entry(id, kinds, c.spec().title(), c.spec().description(), ConfigSchemas.of(c.spec().configType())));
    }
    for (String id : registry.transformIds()) {
      var t = registry.transform(id).orElseThrow().spec();
      entries.add(entry(id, "step", t.title(), t.description(), ConfigSchemas.of(t.configType())));
    }
    var shown = entries.stream().filter(e -> only == null || only.equals(e.get("id"))).toList();
    if (only != null && shown.isEmpty()) {
      System.err.println("error: no connector or step '" + only + "'; there are " + ids + " and " + registry.transformIds());
      return ExitCode.INVALID_INPUT;
    }
    if (json) {
      System.out.println(ConfigBinder.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(shown));
    } else {
      shown.forEach(ConnectorsCommand::print);
    }
    return ExitCode.OK;
  }

  private static Map<String, Object> entry(String id, String kinds, String title, String description, JsonNode schema) {
    var m = new LinkedHashMap<String, Object>();
    m.put("id", id);
    m.put("kind", kinds);
    m.put("title", title);
    m.put("description", description);
    m.put("config_schema", schema);
    return m;
  }

  private static void print(Map<String, Object> e) {
    System.out.printf("%s (%s): %s%n", e.get("id"), e.get("kind"), e.get("description"));
    JsonNode schema = (JsonNode) e.get("config_schema");
    var required = new TreeSet<String>();
    schema.path("required").forEach(n -> required.add(n.asString()));
    for (var prop : schema.path("properties").properties()) {
      JsonNode p = prop.getValue();
      String type = p.path("type").isMissingNode() ? "object" : p.path("type").toString().replace("\"", "");
      String flags = (required.contains(prop.getKey()) ? " required" : "")
          + (p.path("writeOnly").asBoolean(false) ? " secret" : "");
      String desc = p.path("description").asString("");
      System.out.printf("    %-22s %-10s%s%s%n", prop.getKey(), type, flags, desc.isEmpty() ? "" : "  " + desc);
    }
  }
}
