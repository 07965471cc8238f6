package io.dataaggregator.server.connection;

import java.util.UUID;

/**
 * Something that names a stored connection, as reported by {@link ConnectionUsers}.
 *
 * @param kind what it is, for example {@code pipeline}
 * @param id its id
 * @param name its name, as users know it
 */
public record ConnectionUser(String kind, UUID id, String name) {}
