package io.dataaggregator.engine.transform.expr;

import dev.cel.bundle.Cel;
import dev.cel.bundle.CelBuilder;
import dev.cel.bundle.CelFactory;
import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelOptions;
import dev.cel.common.CelValidationException;
import dev.cel.common.ast.CelExpr;
import dev.cel.common.navigation.CelNavigableAst;
import dev.cel.common.navigation.CelNavigableExpr;
import dev.cel.extensions.CelExtensions;
import dev.cel.extensions.CelStringExtensions;
import dev.cel.runtime.CelEvaluationException;
import io.dataaggregator.engine.transform.Similarity;
import io.dataaggregator.engine.transform.StepConfigException;
import io.dataaggregator.engine.type.DataType;
import io.dataaggregator.engine.type.Field;
import io.dataaggregator.engine.type.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compiles the expressions of {@code derive} and {@code filter}: CEL (Common Expression Language)
 * over the fields of a row. The sandbox is CEL's own: an expression can only read the row's fields
 * and call CEL's standard functions plus a few string functions, so it cannot reach Java classes,
 * files, the network or reflection. Time is bounded by construction: there are no loops (the
 * comprehension macros are off), every function is linear in its input, regular expressions run on
 * RE2 (linear time) and an expression is at most {@value #MAX_LENGTH} characters. Thread-safe.
 */
public final class Expressions {
  public static final int MAX_LENGTH = 4_000;

  private static final Pattern IDENTIFIER = Pattern.compile("[_a-zA-Z][_a-zA-Z0-9]*");
  private static final Set<String> RESERVED =
      Set.of(
          "true",
          "false",
          "null",
          "in",
          "as",
          "break",
          "const",
          "continue",
          "else",
          "for",
          "function",
          "if",
          "import",
          "let",
          "loop",
          "package",
          "namespace",
          "return",
          "var",
          "void",
          "while");
  private static final Pattern WRAPPER = Pattern.compile("wrapper\\((\\w+)\\)");
  private static final Pattern CANDIDATES = Pattern.compile(" \\(candidates: [^\\n]*\\)");
  private static final Pattern UNDECLARED = Pattern.compile("undeclared reference to '([^']*)'");
  private static final CelOptions OPTIONS =
      CelOptions.current()
          .enableHeterogeneousNumericComparisons(true)
          .evaluateCanonicalTypesToNativeValues(true)
          .enableComprehension(false)
          .comprehensionMaxIterations(0)
          .maxExpressionCodePointSize(MAX_LENGTH)
          .maxRegexProgramSize(1_000)
          .build();
  // Only string functions whose result is no longer than their input: `replace` could grow a value
  // exponentially when nested, `split`/`join` need lists.
  private static final CelStringExtensions STRINGS =
      CelExtensions.strings(
          CelStringExtensions.Function.CHAR_AT,
          CelStringExtensions.Function.INDEX_OF,
          CelStringExtensions.Function.LAST_INDEX_OF,
          CelStringExtensions.Function.LOWER_ASCII,
          CelStringExtensions.Function.UPPER_ASCII,
          CelStringExtensions.Function.SUBSTRING,
          CelStringExtensions.Function.TRIM);

  private Expressions() {}

  /**
   * Compiles {@code source} against the fields of {@code input}.
   *
   * @param setting where the expression was written, for messages ({@code fields[0].expression})
   * @throws StepConfigException when it does not parse, names an unknown field, mixes types or
   *     gives a list, map or duration
   */
  public static Expression compile(String source, Schema input, String setting) {
    if (source == null || source.isBlank()) {
      throw new StepConfigException(setting, setting + ": the expression is empty");
    }
    if (source.length() > MAX_LENGTH) {
      throw new StepConfigException(
          setting, setting + ": the expression is longer than " + MAX_LENGTH + " characters");
    }
    var variables = new ArrayList<Field>();
    CelBuilder builder =
        CelFactory.plannerCelBuilder()
            .setOptions(OPTIONS)
            .setStandardMacros()
            .addCompilerLibraries(STRINGS)
            .addRuntimeLibraries(STRINGS);
    for (Field field : input.fields()) {
      if (usableName(field.name())) {
        builder.addVar(field.name(), CelValues.celType(field.type()));
        variables.add(field);
      }
    }
    Cel cel = builder.build();
    CelAbstractSyntaxTree ast = check(cel, source, input, variables, setting);
    DataType resultType = CelValues.resultType(ast.getResultType());
    if (resultType == null) {
      throw new StepConfigException(
          setting,
          setting
              + ": '"
              + source
              + "' gives a "
              + ast.getResultType().name()
              + "; an expression must give a bool, int, double, string, bytes or timestamp");
    }
    try {
      return new Expression(source, cel.createProgram(ast), resultType, input, referenced(ast));
    } catch (CelEvaluationException e) {
      throw new StepConfigException(setting, setting + ": " + e.getMessage());
    }
  }

  /** Whether a field can be named in an expression as it is; others must be renamed first. */
  public static boolean usableName(String name) {
    return IDENTIFIER.matcher(name).matches() && !RESERVED.contains(name);
  }

  private static CelAbstractSyntaxTree check(
      Cel cel, String source, Schema input, List<Field> variables, String setting) {
    try {
      return cel.compile(source).getAst();
    } catch (CelValidationException e) {
      var message =
          new StringBuilder(setting)
              .append(": '")
              .append(source)
              .append("' is not a valid expression:\n")
              .append(tidy(e.getMessage()));
      Matcher undeclared = UNDECLARED.matcher(e.getMessage());
      if (undeclared.find()) {
        message.append('\n').append(hint(undeclared.group(1), input, variables));
      }
      throw new StepConfigException(setting, message.toString());
    }
  }

  /** CEL's messages, minus its internal type names and the list of every overload it knows. */
  static String tidy(String message) {
    return WRAPPER
        .matcher(CANDIDATES.matcher(message).replaceAll(""))
        .replaceAll("$1")
        .replace("google.protobuf.Timestamp", "timestamp")
        .replace("google.protobuf.Duration", "duration");
  }

  private static String hint(String name, Schema input, List<Field> variables) {
    List<String> usable = variables.stream().map(Field::name).toList();
    String closest = Similarity.closest(name, input.names());
    if (closest != null && !usable.contains(closest)) {
      return "field '"
          + closest
          + "' cannot be named in an expression: rename it to letters,"
          + " digits and _ first";
    }
    return (closest == null ? "" : "did you mean '" + closest + "'? ") + "fields are " + usable;
  }

  private static List<String> referenced(CelAbstractSyntaxTree ast) {
    return CelNavigableAst.fromAst(ast)
        .getRoot()
        .allNodes()
        .map(CelNavigableExpr::expr)
        .filter(e -> e.getKind() == CelExpr.ExprKind.Kind.IDENT)
        .map(e -> e.ident().name())
        .distinct()
        .toList();
  }
}
