package io.dataaggregator.connector.file.csv;

import io.dataaggregator.connector.file.BadValueException;
import io.dataaggregator.connector.file.TextValues;
import io.dataaggregator.engine.type.DataType;
import io.dataaggregator.engine.type.Rejection;
import io.dataaggregator.engine.type.Schema;
import io.dataaggregator.engine.type.TypeKind;
import java.nio.file.Path;
import java.util.List;

/**
 * Turns parsed records of one file into rows of the stream's schema, and records that do not fit
 * (wrong field count, NUL bytes, invalid UTF-8, text after a closing quote, values of the wrong
 * type) into rejections naming the file, line and column.
 */
final class CsvRowDecoder {
  private static final int SUSPECT = CsvFields.HAS_NUL | CsvFields.TRAILING | CsvFields.NON_ASCII;

  private final String stream;
  private final String file;
  private final int schemaSize;
  private final int[] target;
  private final DataType[] types;
  private final boolean[] isString;
  private final String[] names;

  CsvRowDecoder(String stream, Path file, Schema schema, CsvLayout layout) {
    this.stream = stream;
    this.file = file.toString();
    this.schemaSize = schema.size();
    this.target = layout.target();
    this.types = new DataType[target.length];
    this.isString = new boolean[target.length];
    this.names = new String[target.length];
    for (int i = 0; i < target.length; i++) {
      types[i] = schema.field(target[i]).type();
      isString[i] = types[i].kind() == TypeKind.STRING;
      names[i] = schema.field(target[i]).name();
    }
  }

  /** The row of the parser's current record, or null after adding its rejection. */
  Object[] decode(CsvFields f, List<Rejection> rejections) {
    if (f.count() != target.length) {
      String why = f.count() + " fields, expected " + target.length;
      rejections.add(new Rejection(stream, f.line(), "", at(f) + ": " + why, f.raw()));
      return null;
    }
    if ((f.recordFlags() & SUSPECT) != 0 && !checkBytes(f, rejections)) {
      return null;
    }
    Object[] row = new Object[schemaSize];
    for (int i = 0; i < target.length; i++) {
      String text = f.get(i);
      if (isString[i] || text == null) {
        row[target[i]] = text;
        continue;
      }
      try {
        row[target[i]] = TextValues.parse(text, types[i]);
      } catch (BadValueException e) {
        rejections.add(
            new Rejection(
                stream, f.line(), names[i], where(f, i) + ": " + e.getMessage(), f.raw()));
        return null;
      }
    }
    return row;
  }

  /** Rejects a record with NUL bytes, invalid UTF-8 or text after a closing quote. */
  private boolean checkBytes(CsvFields f, List<Rejection> rejections) {
    for (int i = 0; i < f.count(); i++) {
      String why = null;
      if ((f.flags(i) & CsvFields.TRAILING) != 0) {
        why = "text after the closing quote";
      } else if ((f.flags(i) & CsvFields.HAS_NUL) != 0) {
        why = "NUL byte at byte offset " + f.nulAt(i);
      } else {
        long bad = f.invalidUtf8At(i);
        why = bad < 0 ? null : "invalid UTF-8 at byte offset " + bad;
      }
      if (why != null) {
        rejections.add(
            new Rejection(stream, f.line(), names[i], where(f, i) + ": " + why, f.raw()));
        return false;
      }
    }
    return true;
  }

  /** The file and line of {@code f}'s record. */
  String at(CsvFields f) {
    return at(f.line());
  }

  /** The file and {@code line}, as messages name them. */
  String at(long line) {
    return "file " + file + " line " + line;
  }

  private String where(CsvFields f, int i) {
    return at(f) + ", column " + (i + 1) + " '" + names[i] + "'";
  }
}
