package io.dataaggregator.engine.type;

/** The closed set of logical types every connector maps to and from. */
public enum TypeKind {
  BOOLEAN,
  INT,
  BIGINT,
  DECIMAL,
  DOUBLE,
  STRING,
  DATE,
  TIME,
  TIMESTAMP,
  TIMESTAMP_TZ,
  BYTES,
  JSON
}
