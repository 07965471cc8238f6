package io.dataaggregator.connector.jdbc;

/**
 * A column as the database describes it.
 *
 * @param typeName the database's own name of the base type, e.g. {@code int4} or {@code varchar} in
 *     PostgreSQL (domains resolved to their base type)
 * @param typeModifier the type's modifier (length, precision and scale), -1 when none
 * @param display the type as the database prints it, e.g. {@code numeric(12,2)}, for messages
 * @param category the database's type category; in PostgreSQL {@code pg_type.typcategory} (A for
 *     arrays, E for enums, U for user-defined ...)
 */
public record DbColumn(
    String name,
    String typeName,
    int typeModifier,
    String display,
    String category,
    boolean nullable) {}
