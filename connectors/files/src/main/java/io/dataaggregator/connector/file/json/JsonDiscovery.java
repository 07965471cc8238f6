package io.dataaggregator.connector.file.json;

import io.dataaggregator.connector.file.ColumnTypes;
import io.dataaggregator.connector.file.FileInput;
import io.dataaggregator.connector.file.FileSet;
import io.dataaggregator.connector.file.JsonTexts;
import io.dataaggregator.connector.file.TypeGuess;
import io.dataaggregator.engine.spi.ConnectorException;
import io.dataaggregator.engine.type.DataType;
import io.dataaggregator.engine.type.Field;
import io.dataaggregator.engine.type.Schema;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;

/**
 * Finds a JSON stream's schema from its first {@code sample_rows} objects: the union of their keys
 * in order of first appearance; integers are bigint, other numbers double, nested objects and
 * arrays json; keys with mixed kinds widen (see {@link TypeGuess#widen}); configured columns win.
 */
final class JsonDiscovery {
  private final JsonOptions options;
  private final int sampleRows;
  private final Map<String, DataType> guesses = new LinkedHashMap<>();
  private int sampled;

  private JsonDiscovery(JsonOptions options, int sampleRows) {
    this.options = options;
    this.sampleRows = sampleRows;
  }

  static Schema schemaOf(FileSet files, JsonOptions options, int sampleRows) {
    var discovery = new JsonDiscovery(options, sampleRows);
    for (Path file : files.files()) {
      if (discovery.sampled >= sampleRows) {
        break;
      }
      discovery.scan(file);
    }
    return discovery.schema(files);
  }

  private void scan(Path file) {
    boolean lines = options.format().of(file, options.encoding()) == JsonFormat.LINES;
    try (FileInput input = FileInput.open(file, options.encoding(), true)) {
      JsonSplitter splitter = JsonFileReader.splitter(input, lines);
      while (sampled < sampleRows) {
        int r = splitter.next();
        if (r == JsonSplitter.END) {
          return;
        }
        if (r == JsonSplitter.ELEMENT && sample(splitter.bytes(), splitter.start, splitter.end)) {
          sampled++;
        }
      }
    }
  }

  /** Adds one object's keys and value kinds; false when it is not a valid object. */
  private boolean sample(byte[] b, int from, int to) {
    try (JsonParser p =
        JsonTexts.FACTORY.createParser(ObjectReadContext.empty(), b, from, to - from)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return false;
      }
      var seen = new LinkedHashMap<String, DataType>();
      while (p.nextToken() == JsonToken.PROPERTY_NAME) {
        String name = p.currentName();
        seen.put(name, kindOf(p, p.nextToken()));
      }
      seen.forEach((name, type) -> guesses.put(name, TypeGuess.widen(guesses.get(name), type)));
      return true;
    } catch (JacksonException e) {
      return false;
    }
  }

  private static DataType kindOf(JsonParser p, JsonToken t) {
    return switch (t) {
      case VALUE_NUMBER_INT ->
          p.getNumberType() == JsonParser.NumberType.BIG_INTEGER
              ? DataType.DOUBLE
              : DataType.BIGINT;
      case VALUE_NUMBER_FLOAT -> DataType.DOUBLE;
      case VALUE_TRUE, VALUE_FALSE -> DataType.BOOLEAN;
      case VALUE_STRING -> DataType.STRING;
      case START_OBJECT, START_ARRAY -> {
        p.skipChildren();
        yield DataType.JSON;
      }
      default -> null;
    };
  }

  private Schema schema(FileSet files) {
    ColumnTypes columns = options.columns();
    if (guesses.isEmpty() && columns.isEmpty()) {
      throw new ConnectorException(
          JsonErrorCode.EMPTY_FILE,
          (files.files().size() == 1 ? "file " + files.files().get(0) : files.path())
              + " holds no JSON object to infer a schema from"
              + " (name the keys with the 'columns' setting to read it anyway)");
    }
    columns.names().forEach(n -> guesses.putIfAbsent(n, null));
    var fields = new ArrayList<Field>();
    guesses.forEach(
        (name, guess) -> {
          DataType configured = columns.typeOf(name);
          fields.add(Field.of(name, configured != null ? configured : TypeGuess.orString(guess)));
        });
    return new Schema(fields);
  }
}
