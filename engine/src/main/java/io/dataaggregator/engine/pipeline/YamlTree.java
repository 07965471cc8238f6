package io.dataaggregator.engine.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.constructor.StandardConstructor;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * A YAML document as plain values (maps, lists, strings, numbers, booleans, null) plus the line of
 * every value, with {@code ${VAR}} and {@code ${VAR:-default}} replaced from the environment.
 */
final class YamlTree {
  private static final Pattern ENV = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?}");

  final Object root;
  final Map<String, Integer> lines = new HashMap<>();
  final List<PipelineProblem> problems = new ArrayList<>();

  private final StandardConstructor constructor;
  private final Function<String, String> env;

  private YamlTree(String text, Function<String, String> env) {
    var settings = LoadSettings.builder().setAllowDuplicateKeys(false).build();
    this.constructor = new StandardConstructor(settings);
    this.env = env;
    Object value = null;
    try {
      Optional<Node> node = new Compose(settings).composeString(text);
      value = node.map(n -> convert(n, "")).orElse(null);
    } catch (MarkedYamlEngineException e) {
      int line = e.getProblemMark().map(Mark::getLine).orElse(-1) + 1;
      problems.add(new PipelineProblem(line, "", "not valid YAML: " + e.getProblem()));
    } catch (YamlEngineException e) {
      problems.add(new PipelineProblem(0, "", "not valid YAML: " + e.getMessage()));
    }
    this.root = value;
  }

  static YamlTree parse(String text, Function<String, String> env) {
    return new YamlTree(text, env);
  }

  private Object convert(Node node, String pointer) {
    lines.put(pointer, node.getStartMark().map(Mark::getLine).orElse(-1) + 1);
    return switch (node) {
      case MappingNode m -> convertMapping(m, pointer);
      case SequenceNode s -> {
        var list = new ArrayList<Object>();
        for (Node item : s.getValue()) {
          list.add(convert(item, pointer + "/" + list.size()));
        }
        yield list;
      }
      case ScalarNode s -> convertScalar(s, pointer);
      default -> throw new IllegalStateException("unexpected YAML node " + node);
    };
  }

  private Map<String, Object> convertMapping(MappingNode m, String pointer) {
    var map = new LinkedHashMap<String, Object>();
    for (NodeTuple tuple : m.getValue()) {
      Node keyNode = tuple.getKeyNode();
      String key =
          keyNode instanceof ScalarNode s
              ? s.getValue()
              : String.valueOf(constructor.constructSingleDocument(Optional.of(keyNode)));
      map.put(key, convert(tuple.getValueNode(), pointer + "/" + key));
      // Point a key's problems at the key's own line, which a block value starts after.
      lines.put(pointer + "/" + key, keyNode.getStartMark().map(Mark::getLine).orElse(-1) + 1);
    }
    return map;
  }

  private Object convertScalar(ScalarNode s, String pointer) {
    Object value = constructor.constructSingleDocument(Optional.of(s));
    if (!(value instanceof String text) || !text.contains("${")) {
      return value;
    }
    Matcher m = ENV.matcher(text);
    var out = new StringBuilder();
    while (m.find()) {
      String found = env.apply(m.group(1));
      if (found == null && m.group(2) == null) {
        problems.add(
            new PipelineProblem(
                lines.get(pointer),
                SourceMap.fieldOf(pointer),
                "environment variable " + m.group(1) + " is not set (write ${" + m.group(1)
                    + ":-default} to give a default)"));
        found = "";
      }
      m.appendReplacement(out, Matcher.quoteReplacement(found != null ? found : m.group(2)));
    }
    m.appendTail(out);
    return out.toString();
  }
}
