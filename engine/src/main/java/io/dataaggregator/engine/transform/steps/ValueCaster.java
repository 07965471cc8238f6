package io.dataaggregator.engine.transform.steps;

/** Converts one non-null value of a known type to another type. Built once per step and field. */
@FunctionalInterface
public interface ValueCaster {
  ValueCaster IDENTITY = v -> v;

  /**
   * @param value a non-null value of the source type
   * @throws CastException when this value does not convert (the type pair itself does)
   */
  Object cast(Object value) throws CastException;
}
