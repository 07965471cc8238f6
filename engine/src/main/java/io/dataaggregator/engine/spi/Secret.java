package io.dataaggregator.engine.spi;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a config field as a secret: its JSON Schema says {@code "format": "password", "writeOnly":
 * true}, forms draw a password field, and it is masked wherever a config is shown.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.METHOD})
public @interface Secret {}
