package io.dataaggregator.engine.transform;

import dev.cel.bundle.Cel;
import dev.cel.bundle.CelFactory;
import dev.cel.common.CelOptions;
import dev.cel.common.types.NullableType;
import dev.cel.common.types.SimpleType;
import dev.cel.common.values.NullValue;
import dev.cel.runtime.CelVariableResolver;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

public class CelProbe {
  public static void main(String[] args) throws Exception {
    CelOptions opts = CelOptions.current().enableHeterogeneousNumericComparisons(true)
        .evaluateCanonicalTypesToNativeValues(true).enableComprehension(false).build();
    Cel cel = CelFactory.plannerCelBuilder().setOptions(opts).setStandardMacros()
        .addVar("delay", NullableType.create(SimpleType.INT))
        .addVar("dist", SimpleType.DOUBLE)
        .addVar("name", SimpleType.STRING)
        .addVar("ts", SimpleType.TIMESTAMP)
        .addVar("nn", SimpleType.INT)
        .build();
    String[] exprs = {"delay > 15", "delay != null && delay > 15", "dist >= 500", "name.matches('^a.*')",
        "ts > timestamp('2001-01-01T00:00:00Z')", "nn + 1", "delay + 1", "dist / 0.0", "nn / 0", "name + 1", "foo > 1",
        "[1,2].all(x, x > 0)", "size(name)", "name.lowerAscii()", "int(name)", "double(nn) * 1.5", "string(nn) + 'x'",
        "ts.getFullYear()", "delay == null ? 0 : delay", "9223372036854775807 + nn", "name.contains('b')", "(delay > 15"};
    Object[][] vals = { {null, 700.0, "abc", Instant.parse("2001-02-03T04:05:06Z"), 5L}, {20L, 100.0, "b", Instant.EPOCH, Integer.valueOf(3)} };
    for (String e : exprs) {
      try {
        var res = cel.compile(e);
        var ast = res.getAst();
        var prog = cel.createProgram(ast);
        for (Object[] v : vals) {
          CelVariableResolver r = n -> switch (n) {
            case "delay" -> Optional.of(v[0] == null ? NullValue.NULL_VALUE : v[0]);
            case "dist" -> Optional.of(v[1]); case "name" -> Optional.of(v[2]); case "ts" -> Optional.of(v[3]); case "nn" -> Optional.of(v[4]);
            default -> Optional.empty(); };
          try { Object o = prog.eval(r); System.out.println(e + " [" + ast.getResultType() + "] -> " + o + " (" + (o == null ? null : o.getClass().getSimpleName()) + ")"); }
          catch (Exception ex) { System.out.println(e + " -> RUNTIME " + ex.getClass().getSimpleName() + ": " + ex.getMessage()); }
        }
      } catch (Exception ex) { System.out.println(e + " -> COMPILE " + ex.getClass().getSimpleName() + ": " + ex.getMessage()); }
    }
  }
}
