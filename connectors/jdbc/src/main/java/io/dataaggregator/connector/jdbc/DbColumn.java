package io.dataaggregator.connector.jdbc;

/**
 * A column as the database describes it.
 *
 * @param typeName the database's own name of the base type, e.g. {@code int4} or {@code varchar} in
 *     PostgreSQL (domains resolved to their base type), {@code BIGINT UNSIGNED} in MySQL, {@code
 *     datetime2} in SQL Server
 * @param typeModifier the type's modifier in PostgreSQL (length, precision and scale), -1 when none
 * @param display the type as the database prints it, e.g. {@code numeric(12,2)}, for messages
 * @param category the database's type category; in PostgreSQL {@code pg_type.typcategory} (A for
 *     arrays, E for enums, U for user-defined ...), empty elsewhere
 * @param precision digits or length where the database reports them (DatabaseMetaData's {@code
 *     COLUMN_SIZE}), 0 when unknown
 * @param scale digits after the point of a decimal, 0 when none
 */
public record DbColumn(
    String name,
    String typeName,
    int typeModifier,
    String display,
    String category,
    boolean nullable,
    int precision,
    int scale) {

  /** A PostgreSQL column, whose precision and scale live in the type modifier. */
  public DbColumn(
      String name,
      String typeName,
      int typeModifier,
      String display,
      String category,
      boolean nullable) {
    this(name, typeName, typeModifier, display, category, nullable, 0, 0);
  }

  /** A column described by precision and scale, as DatabaseMetaData reports it. */
  public static DbColumn of(
      String name, String typeName, int precision, int scale, String display, boolean nullable) {
    return new DbColumn(name, typeName, -1, display, "", nullable, precision, scale);
  }

  public DbColumn withNullable(boolean newNullable) {
    return new DbColumn(
        name, typeName, typeModifier, display, category, newNullable, precision, scale);
  }

  public DbColumn withType(String newTypeName, String newDisplay) {
    return new DbColumn(
        name, newTypeName, typeModifier, newDisplay, category, nullable, precision, scale);
  }
}
