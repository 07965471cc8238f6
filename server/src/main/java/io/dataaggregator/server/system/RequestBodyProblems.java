package io.dataaggregator.server.system;

import java.util.Arrays;
import java.util.Collection;
import java.util.stream.Collectors;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Explains an unreadable request body in the client's terms: which field, what was expected.
 * Jackson's own messages name Java classes and are not shown to users.
 */
final class RequestBodyProblems {
  private RequestBodyProblems() {}

  static FieldProblem explain(HttpMessageNotReadableException e) {
    Throwable cause = e.getCause();
    if (cause instanceof UnrecognizedPropertyException u) {
      return new FieldProblem(
          path(u), "is not a known field; known fields are " + known(u.getKnownPropertyIds()));
    }
    if (cause instanceof InvalidFormatException f) {
      return new FieldProblem(path(f), cannotRead(f.getValue(), f.getTargetType()));
    }
    if (cause instanceof MismatchedInputException m && !m.getPath().isEmpty()) {
      return new FieldProblem(path(m), "must be " + describe(m.getTargetType()));
    }
    if (cause instanceof StreamReadException s) {
      return new FieldProblem("body", "is not valid JSON" + where(s.getLocation()));
    }
    if (cause instanceof JacksonException j && !j.getPath().isEmpty()) {
      return new FieldProblem(path(j), "has a value that cannot be read");
    }
    return new FieldProblem("body", "is missing or is not a JSON object");
  }

  private static String path(JacksonException e) {
    StringBuilder out = new StringBuilder();
    for (JacksonException.Reference ref : e.getPath()) {
      if (ref.getPropertyName() != null) {
        out.append(out.isEmpty() ? "" : ".").append(ref.getPropertyName());
      } else if (ref.getIndex() >= 0) {
        out.append('[').append(ref.getIndex()).append(']');
      }
    }
    return out.isEmpty() ? "body" : out.toString();
  }

  private static String cannotRead(Object value, Class<?> type) {
    return "cannot be " + quote(value) + "; it must be " + describe(type);
  }

  static String describe(Class<?> type) {
    if (type == null) {
      return "a different kind of value";
    }
    if (type.isEnum()) {
      return "one of "
          + Arrays.stream(type.getEnumConstants())
              .map(Object::toString)
              .collect(Collectors.joining(", "));
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
      return "a number";
    }
    if (type == String.class || type == java.util.UUID.class) {
      return type == String.class ? "a string" : "a UUID";
    }
    if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "a list";
    }
    return "an object";
  }

  private static String known(Collection<Object> ids) {
    return ids == null || ids.isEmpty()
        ? "none"
        : ids.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
  }

  private static String quote(Object value) {
    return value instanceof String s ? "\"" + s + "\"" : String.valueOf(value);
  }

  private static String where(TokenStreamLocation location) {
    if (location == null || location.getLineNr() < 0) {
      return "";
    }
    return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
  }
}
