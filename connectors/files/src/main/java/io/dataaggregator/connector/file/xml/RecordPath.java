package io.dataaggregator.connector.file.xml;

import io.dataaggregator.engine.spi.ConnectorException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.namespace.QName;

/**
 * Which elements are records: {@code /a/b} matches {@code b} children of the root {@code a};
 * {@code b}, {@code //b} and {@code a/b} match at any depth (the last steps of the element's
 * path). A step is a local name, {@code *}, or {@code prefix:name} with the prefix bound in the
 * configured namespaces; an unprefixed step ignores namespaces. Immutable.
 */
record RecordPath(List<Step> steps, boolean absolute) {
  /** One step; {@code namespace} null means any namespace, {@code local} "*" any name. */
  record Step(String namespace, String local) {
    boolean matches(QName name) {
      return (local.equals("*") || local.equals(name.getLocalPart()))
          && (namespace == null || namespace.equals(name.getNamespaceURI()));
    }
  }

  /**
   * Parses {@code path}.
   *
   * @throws ConnectorException ({@link XmlErrorCode#BAD_PATH}) for an empty step or an unbound
   *     prefix
   */
  static RecordPath parse(String path, Map<String, String> namespaces) {
    String p = path.strip();
    boolean absolute = p.startsWith("/") && !p.startsWith("//");
    String body = p.startsWith("//") ? p.substring(2) : absolute ? p.substring(1) : p;
    var steps = new ArrayList<Step>();
    for (String step : body.split("/", -1)) {
      steps.add(step(step, path, namespaces));
    }
    return new RecordPath(List.copyOf(steps), absolute);
  }

  private static Step step(String step, String path, Map<String, String> namespaces) {
    if (step.isBlank()) {
      throw bad("record_path '" + path + "' has an empty step");
    }
    int colon = step.indexOf(':');
    if (colon < 0) {
      return new Step(null, step);
    }
    String prefix = step.substring(0, colon);
    String uri = namespaces.get(prefix);
    if (uri == null) {
      throw bad(
          "record_path '"
              + path
              + "' uses prefix '"
              + prefix
              + "', which namespaces does not define (defined: "
              + namespaces.keySet()
              + ")");
    }
    return new Step(uri, step.substring(colon + 1));
  }

  private static ConnectorException bad(String message) {
    return new ConnectorException(XmlErrorCode.BAD_PATH, message);
  }

  /** Whether the element whose path from the root is {@code stack} is a record. */
  boolean matches(List<QName> stack) {
    int n = steps.size();
    if (stack.size() < n || (absolute && stack.size() != n)) {
      return false;
    }
    int offset = stack.size() - n;
    for (int i = 0; i < n; i++) {
      if (!steps.get(i).matches(stack.get(offset + i))) {
        return false;
      }
    }
    return true;
  }
}
