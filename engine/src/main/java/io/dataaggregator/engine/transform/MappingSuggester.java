package io.dataaggregator.engine.transform;

import io.dataaggregator.engine.transform.steps.CastField;
import io.dataaggregator.engine.transform.steps.Casts;
import io.dataaggregator.engine.type.DataType;
import io.dataaggregator.engine.type.Field;
import io.dataaggregator.engine.type.Schema;
import io.dataaggregator.engine.type.TypeKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;

/**
 * Suggests which source field fills which target field of a {@code map} step, by name similarity
 * ({@link Similarity}) and type compatibility: the UI's schema mapping screen starts from these.
 * Each field is used at most once; the best pairs are chosen first. Stateless and thread-safe.
 */
public final class MappingSuggester {
  /** Below this name similarity two fields are not suggested, whatever their types. */
  public static final double MIN_NAME_SCORE = 0.7;

  /**
   * One suggested pair.
   *
   * @param score from 0 to 1: three quarters name similarity, one quarter type fit
   * @param reason why, in words: "same name, int widens to bigint"
   */
  public record Suggestion(String source, String target, double score, String reason) {}

  /** The suggested pairs, best first. */
  public List<Suggestion> suggest(Schema source, Schema target) {
    var candidates = new ArrayList<Suggestion>();
    for (Field s : source.fields()) {
      for (Field t : target.fields()) {
        double name = Similarity.score(s.name(), t.name());
        double type = typeFit(s.type(), t.type());
        if (name >= MIN_NAME_SCORE && type > 0) {
          candidates.add(
              new Suggestion(
                  s.name(),
                  t.name(),
                  0.75 * name + 0.25 * type,
                  nameReason(name) + ", " + typeReason(s.type(), t.type(), type)));
        }
      }
    }
    candidates.sort(Comparator.comparingDouble(Suggestion::score).reversed());
    var usedSources = new HashSet<String>();
    var usedTargets = new HashSet<String>();
    var chosen = new ArrayList<Suggestion>();
    for (Suggestion c : candidates) {
      if (!usedSources.contains(c.source()) && !usedTargets.contains(c.target())) {
        usedSources.add(c.source());
        usedTargets.add(c.target());
        chosen.add(c);
      }
    }
    return chosen;
  }

  /**
   * How well values of {@code from} fit {@code to}: 1 same type, 0.9 widening without loss, 0.6 a
   * conversion that may fail on some values (text to number, narrowing), 0.4 one that needs a
   * format or zone set, 0 impossible.
   */
  static double typeFit(DataType from, DataType to) {
    if (from.equals(to)) {
      return 1;
    }
    if (widens(from.kind(), to.kind())) {
      return 0.9;
    }
    try {
      Casts.caster(from, to, CastField.of("", to.toString()), "");
      return 0.6;
    } catch (StepConfigException e) {
      return e.getMessage().contains("needs") || e.getMessage().contains("format") ? 0.4 : 0;
    }
  }

  private static boolean widens(TypeKind from, TypeKind to) {
    return switch (from) {
      case INT ->
          to == TypeKind.BIGINT
              || to == TypeKind.DECIMAL
              || to == TypeKind.DOUBLE
              || to == TypeKind.STRING;
      case BIGINT -> to == TypeKind.DECIMAL || to == TypeKind.STRING;
      case DATE -> to == TypeKind.TIMESTAMP || to == TypeKind.STRING;
      case BOOLEAN, DECIMAL, DOUBLE, TIME, TIMESTAMP, TIMESTAMP_TZ, JSON -> to == TypeKind.STRING;
      default -> false;
    };
  }

  private static String nameReason(double name) {
    return name >= 1 ? "same name" : String.format(Locale.ROOT, "similar name (%.2f)", name);
  }

  private static String typeReason(DataType from, DataType to, double fit) {
    if (fit >= 1) {
      return "same type";
    } else if (fit >= 0.9) {
      return from + " widens to " + to;
    } else if (fit >= 0.6) {
      return from + " converts to " + to + " where values allow";
    }
    return from + " converts to " + to + " with a format or time zone set";
  }
}
