package io.dataaggregator.server.auth;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The permission a controller method needs. Every handler method of the server carries either this
 * or {@link PublicEndpoint}; one without either is refused for everybody (and fails {@code
 * RoleWalkIT}). The check runs before the request body is read, so a denied caller gets 403 even
 * with a bad payload. It is also published in the OpenAPI document as {@code x-permission}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Requires {
  Permission value();
}
