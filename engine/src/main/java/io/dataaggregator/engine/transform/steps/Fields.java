package io.dataaggregator.engine.transform.steps;

import io.dataaggregator.engine.transform.Similarity;
import io.dataaggregator.engine.transform.StepConfigException;
import io.dataaggregator.engine.type.Field;
import io.dataaggregator.engine.type.Schema;
import io.dataaggregator.engine.type.TypeKind;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;

/** Finds the fields a config names, with messages that say what exists and what was meant. */
public final class Fields {
  private Fields() {}

  /**
   * Index of {@code name} in {@code schema}.
   *
   * @param setting where the name was written, e.g. {@code key[1]}, for the message
   * @throws StepConfigException naming the field, the closest existing name and all names
   */
  public static int require(Schema schema, String name, String setting) {
    var index = schema.indexOf(name);
    if (index.isPresent()) {
      return index.getAsInt();
    }
    String closest = Similarity.closest(name, schema.names());
    throw new StepConfigException(
        setting,
        setting
            + ": unknown field '"
            + name
            + "'"
            + (closest == null ? "" : " (did you mean '" + closest + "'?)")
            + "; fields are "
            + schema.names());
  }

  public static int[] require(Schema schema, List<String> names, String setting) {
    int[] indexes = new int[names.size()];
    for (int i = 0; i < indexes.length; i++) {
      indexes[i] = require(schema, names.get(i), setting + "[" + i + "]");
    }
    return indexes;
  }

  /** Requires {@code name} to be a string field: the steps that edit text refuse other types. */
  public static int requireString(Schema schema, String name, String setting, String step) {
    int index = require(schema, name, setting);
    Field field = schema.field(index);
    if (field.type().kind() != TypeKind.STRING) {
      throw new StepConfigException(
          setting,
          setting
              + ": "
              + step
              + " works on string fields; '"
              + name
              + "' is "
              + field.type()
              + " (cast it to string first)");
    }
    return index;
  }

  /** Fails when a name occurs twice in {@code names}. */
  public static void requireDistinct(Collection<String> names, String setting) {
    var seen = new HashSet<String>();
    for (String name : names) {
      if (!seen.add(name)) {
        throw new StepConfigException(setting, setting + ": field '" + name + "' appears twice");
      }
    }
  }
}
