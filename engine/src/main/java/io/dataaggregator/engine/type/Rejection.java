package io.dataaggregator.engine.type;

import java.util.Objects;

/**
 * Input that did not become a row: where it came from, why, and its raw text so nothing is lost.
 *
 * @param position line number in a file (1-based), row number or offset in the source; 0 if unknown
 * @param field the field at fault, or empty when the whole row is
 * @param reason a sentence a user can act on
 * @param raw the input as read (a CSV line, a JSON document, a row rendered as JSON)
 */
public record Rejection(String stream, long position, String field, String reason, String raw) {
  public Rejection {
    Objects.requireNonNull(stream, "stream");
    field = field == null ? "" : field;
    Objects.requireNonNull(reason, "reason");
    raw = raw == null ? "" : raw;
  }
}
