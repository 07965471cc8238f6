package io.dataaggregator.server.audit;

/**
 * A change the server made by itself, not through an API call (a schedule started a run, a
 * dependency fired), to be kept in the audit log. Features publish it as a Spring application
 * event; the audit log records it at once, in the publisher's thread, with the current correlation
 * id. Changes made through the API are recorded without any event (see {@code AuditFilter}).
 *
 * @param actor who made the change, for example {@code scheduler}
 * @param action a short verb, for example {@code fire}
 * @param targetType what kind of thing changed, for example {@code schedules}
 * @param targetId its id, or null
 * @param summary a short description without secrets
 */
public record ChangeMade(
    String actor, String action, String targetType, String targetId, String summary) {}
