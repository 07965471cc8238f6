package io.dataaggregator.connector.jdbc;

import java.sql.SQLException;

/**
 * One value that cannot cross between the database and our types (a NaN numeric read, a text with a
 * NUL character written): its row is rejected, the others go on.
 */
public final class BadValueException extends SQLException {
  private final int column;
  private final transient Object[] row;

  /**
   * @param column index of the value in its row
   */
  public BadValueException(int column, String message) {
    this(column, message, null);
  }

  private BadValueException(int column, String message, Object[] row) {
    super(message);
    this.column = column;
    this.row = row;
  }

  public int column() {
    return column;
  }

  /** The row as far as it could be decoded, null when unknown. */
  public Object[] row() {
    return row;
  }

  BadValueException inRow(Object[] decoded) {
    return new BadValueException(column, getMessage(), decoded);
  }
}
