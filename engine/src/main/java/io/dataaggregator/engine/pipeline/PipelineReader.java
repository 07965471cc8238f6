package io.dataaggregator.engine.pipeline;

import io.dataaggregator.engine.spi.WriteMode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads a pipeline file into a {@link PipelineSpec}, checking its shape. Every problem is collected
 * with its line and field and reported at once in an {@link InvalidPipelineException}.
 */
public final class PipelineReader {
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");
  private static final Set<String> TOP =
      Set.of("name", "description", "source", "transforms", "destination", "quality");
  private static final Set<String> SOURCE = Set.of("connector", "connection", "config", "streams");
  private static final Set<String> DESTINATION = Set.of("connector", "connection", "config", "mode", "key", "table");
  private static final Set<String> QUALITY = Set.of("max_rejected_ratio");

  private final Function<String, String> env;

  public PipelineReader(Function<String, String> env) {
    this.env = env;
  }

  /** Reads with the process environment for {@code ${VAR}}. */
  public PipelineReader() {
    this(System::getenv);
  }

  public PipelineSpec read(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw invalid(file.toString(), List.of(new PipelineProblem(0, "", "file not found: " + file)));
    } catch (IOException e) {
      throw invalid(file.toString(), List.of(new PipelineProblem(0, "", "cannot read: " + e)));
    }
    return parse(text, file.toString());
  }

  /**
   * Parses a pipeline; relative paths in it (files of connectors and steps alike) start at the
   * working directory, as on any command line.
   */
  public PipelineSpec parse(String text, String origin) {
    return parse(text, origin, Path.of(""));
  }

  /** Parses a pipeline whose steps resolve relative paths against {@code baseDirectory}. */
  public PipelineSpec parse(String text, String origin, Path baseDirectory) {
    YamlTree tree = YamlTree.parse(text, env);
    var problems = new ArrayList<>(tree.problems);
    var map = new SourceMap(origin, tree.lines);
    var in = new Fields(map, problems);
    PipelineSpec spec = null;
    if (problems.isEmpty() || tree.root != null) {
      spec = build(tree.root, in, baseDirectory);
    }
    if (!problems.isEmpty()) {
      problems.sort(Comparator.comparingInt(PipelineProblem::line));
      throw invalid(origin, problems);
    }
    return spec;
  }

  private static InvalidPipelineException invalid(String origin, List<PipelineProblem> problems) {
    return new InvalidPipelineException(origin, problems);
  }

  private PipelineSpec build(Object root, Fields in, Path baseDirectory) {
    Map<String, Object> top = in.map(root, "", true);
    in.onlyKeys(top, "", TOP);
    String name = in.string(top.get("name"), "/name", true);
    if (!name.isEmpty() && !NAME.matcher(name).matches()) {
      in.problem("/name", "use letters, digits, '_', '-' or '.' (it names state and files)");
    }
    var source = source(in.map(top.get("source"), "/source", true), in);
    var steps = steps(top.get("transforms"), in);
    var destination = destination(in.map(top.get("destination"), "/destination", true), in);
    var quality = quality(top.get("quality"), in);
    return new PipelineSpec(name, source, steps, destination, quality, in.sourceMap(), baseDirectory);
  }

  private SourceSpec source(Map<String, Object> m, Fields in) {
    in.onlyKeys(m, "/source", SOURCE);
    var streams = new ArrayList<StreamSelection>();
    List<Object> written = in.list(m.get("streams"), "/source/streams");
    for (int i = 0; i < written.size(); i++) {
      String at = "/source/streams/" + i;
      Object s = written.get(i);
      if (s instanceof Map<?, ?>) {
        Map<String, Object> sm = in.map(s, at, true);
        in.onlyKeys(sm, at, Set.of("name", "cursor"));
        streams.add(
            new StreamSelection(
                in.string(sm.get("name"), at + "/name", true),
                in.string(sm.get("cursor"), at + "/cursor", false)));
      } else {
        streams.add(new StreamSelection(in.string(s, at, true), ""));
      }
    }
    return new SourceSpec(
        endpoint(m, "/source", in), in.map(m.get("config"), "/source/config", false), streams);
  }

  private List<StepSpec> steps(Object written, Fields in) {
    var steps = new ArrayList<StepSpec>();
    List<Object> list = in.list(written, "/transforms");
    for (int i = 0; i < list.size(); i++) {
      String at = "/transforms/" + i;
      Map<String, Object> step = in.map(list.get(i), at, true);
      if (step.size() != 1) {
        in.problem(at, "a step is a one-key map such as '- rename: {a: b}', found keys " + step.keySet());
        continue;
      }
      var entry = step.entrySet().iterator().next();
      steps.add(new StepSpec(entry.getKey(), entry.getValue(), at + "/" + entry.getKey()));
    }
    return steps;
  }

  private DestinationSpec destination(Map<String, Object> m, Fields in) {
    in.onlyKeys(m, "/destination", DESTINATION);
    WriteMode mode = WriteMode.APPEND;
    String modeText = in.string(m.get("mode"), "/destination/mode", false);
    if (!modeText.isEmpty()) {
      try {
        mode = WriteMode.valueOf(modeText.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        in.problem("/destination/mode", "'" + modeText + "' is not a mode; use append, overwrite or upsert");
      }
    }
    Object keyValue = m.get("key");
    List<String> key = new ArrayList<>();
    if (keyValue instanceof String single) {
      key.add(single);
    } else {
      List<Object> keys = in.list(keyValue, "/destination/key");
      for (int i = 0; i < keys.size(); i++) {
        key.add(in.string(keys.get(i), "/destination/key/" + i, true));
      }
    }
    if (mode == WriteMode.UPSERT && key.isEmpty()) {
      in.problem("/destination/mode", "upsert needs 'key:' naming the fields that identify a row");
    }
    return new DestinationSpec(
        endpoint(m, "/destination", in),
        in.map(m.get("config"), "/destination/config", false),
        mode,
        key,
        in.string(m.get("table"), "/destination/table", false));
  }

  /** {@code connector: id} with its config, or {@code connection: name} of a stored connection. */
  private static Endpoint endpoint(Map<String, Object> m, String at, Fields in) {
    String connector = in.string(m.get("connector"), at + "/connector", false);
    String connection = in.string(m.get("connection"), at + "/connection", false);
    if (connector.isEmpty() == connection.isEmpty()) {
      in.problem(at, connector.isEmpty()
          ? "needs 'connector:' (a connector id) or 'connection:' (a stored connection's name)"
          : "give 'connector:' or 'connection:', not both");
    }
    return connection.isEmpty() ? Endpoint.connector(connector) : Endpoint.connection(connection);
  }

  private QualitySpec quality(Object written, Fields in) {
    Map<String, Object> m = in.map(written, "/quality", false);
    in.onlyKeys(m, "/quality", QUALITY);
    Object ratio = m.get("max_rejected_ratio");
    if (ratio == null) {
      return QualitySpec.DEFAULT;
    }
    if (!(ratio instanceof Number n) || n.doubleValue() < 0 || n.doubleValue() > 1) {
      in.problem("/quality/max_rejected_ratio", "must be a number from 0 to 1, found '" + ratio + "'");
      return QualitySpec.DEFAULT;
    }
    return new QualitySpec(n.doubleValue());
  }
}
