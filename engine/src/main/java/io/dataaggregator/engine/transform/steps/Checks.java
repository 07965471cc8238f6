package io.dataaggregator.engine.transform.steps;

import com.google.re2j.PatternSyntaxException;
import io.dataaggregator.engine.transform.StepConfigException;
import io.dataaggregator.engine.type.DataType;
import io.dataaggregator.engine.type.Field;
import io.dataaggregator.engine.type.TypeKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/** Turns a validate rule into checks on one field's values, built once when the step is made. */
final class Checks {
  /** One check: null when the value passes, else the reason. */
  interface Check {
    String test(Object value);
  }

  private Checks() {}

  static List<Check> of(ValidateConfig.Rule rule, Field field, String setting) {
    var checks = new ArrayList<Check>();
    String name = field.name();
    if (rule.regex() != null) {
      requireText(field, setting + ".regex", "regex");
      com.google.re2j.Pattern pattern;
      try {
        pattern = com.google.re2j.Pattern.compile(rule.regex());
      } catch (PatternSyntaxException e) {
        throw new StepConfigException(
            setting + ".regex",
            setting
                + ".regex: '"
                + rule.regex()
                + "' is not a regular expression: "
                + e.getDescription());
      }
      checks.add(
          v ->
              pattern.matcher((String) v).find()
                  ? null
                  : name + " " + CastException.show(v) + " does not match " + rule.regex());
    }
    if (rule.length() != null) {
      requireText(field, setting + ".length", "length");
      int min = rule.length().min() == null ? 0 : rule.length().min();
      int max = rule.length().max() == null ? Integer.MAX_VALUE : rule.length().max();
      checks.add(
          v -> {
            int n = ((String) v).codePointCount(0, ((String) v).length());
            return n >= min && n <= max
                ? null
                : name
                    + " has "
                    + n
                    + " characters, allowed "
                    + min
                    + ".."
                    + (max == Integer.MAX_VALUE ? "" : max);
          });
    }
    if (rule.range() != null) {
      checks.add(range(rule.range(), field, setting + ".range"));
    }
    if (rule.oneOf() != null) {
      checks.add(oneOf(rule.oneOf(), field, setting + ".one_of"));
    }
    return checks;
  }

  private static void requireText(Field field, String setting, String check) {
    if (field.type().kind() != TypeKind.STRING) {
      throw new StepConfigException(
          setting,
          setting + ": " + check + " checks text; '" + field.name() + "' is " + field.type());
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Check range(ValidateConfig.Bounds bounds, Field field, String setting) {
    TypeKind kind = field.type().kind();
    boolean numeric =
        kind == TypeKind.INT
            || kind == TypeKind.BIGINT
            || kind == TypeKind.DECIMAL
            || kind == TypeKind.DOUBLE;
    if (!numeric && (kind == TypeKind.BOOLEAN || kind == TypeKind.BYTES || kind == TypeKind.JSON)) {
      throw new StepConfigException(
          setting,
          setting
              + ": '"
              + field.name()
              + "' is "
              + field.type()
              + "; range checks numbers, text, dates and times");
    }
    Comparable min = bound(bounds.min(), field.type(), numeric, setting + ".min");
    Comparable max = bound(bounds.max(), field.type(), numeric, setting + ".max");
    String name = field.name();
    return v -> {
      Comparable value = numeric ? decimal(v) : (Comparable) v;
      if (value == null) {
        return name + " " + CastException.show(v) + " is not a finite number";
      }
      boolean low = min != null && value.compareTo(min) < 0;
      boolean high = max != null && value.compareTo(max) > 0;
      return low || high
          ? name
              + " "
              + CastException.show(v)
              + " is outside "
              + (min == null ? "" : show(bounds.min()))
              + ".."
              + (max == null ? "" : show(bounds.max()))
          : null;
    };
  }

  private static String show(Object bound) {
    return bound instanceof BigDecimal d ? d.toPlainString() : String.valueOf(bound);
  }

  private static BigDecimal decimal(Object v) {
    try {
      return Numbers.decimal(v, v);
    } catch (CastException e) {
      return null;
    }
  }

  @SuppressWarnings("rawtypes")
  private static Comparable bound(Object written, DataType type, boolean numeric, String setting) {
    if (written == null) {
      return null;
    }
    if (!numeric) {
      return (Comparable) fromConfig(written, type, setting);
    }
    try {
      return new BigDecimal(String.valueOf(written));
    } catch (NumberFormatException e) {
      throw new StepConfigException(
          setting, setting + ": " + CastException.show(written) + " is not a number");
    }
  }

  private static Check oneOf(List<Object> allowed, Field field, String setting) {
    var values = new HashSet<Object>();
    boolean numeric = field.type().kind() == TypeKind.DECIMAL;
    for (int i = 0; i < allowed.size(); i++) {
      Object value = fromConfig(allowed.get(i), field.type(), setting + "[" + i + "]");
      values.add(numeric ? ((BigDecimal) value).stripTrailingZeros() : value);
    }
    String name = field.name();
    return v ->
        values.contains(numeric ? ((BigDecimal) v).stripTrailingZeros() : v)
            ? null
            : name + " " + CastException.show(v) + " is not one of " + allowed;
  }

  /** A value written in the config (number, text, boolean) as a value of {@code type}. */
  private static Object fromConfig(Object written, DataType type, String setting) {
    if (type.kind() == TypeKind.BYTES || type.kind() == TypeKind.JSON) {
      throw new StepConfigException(setting, setting + ": cannot compare " + type + " values");
    }
    String text = written instanceof BigDecimal d ? d.toPlainString() : String.valueOf(written);
    try {
      return Casts.caster(DataType.STRING, type, CastField.of("", type.toString()), setting)
          .cast(text);
    } catch (CastException e) {
      throw new StepConfigException(setting, setting + ": " + e.getMessage());
    }
  }
}
