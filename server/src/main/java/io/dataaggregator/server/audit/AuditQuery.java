package io.dataaggregator.server.audit;

import java.time.Instant;

/** Filters of an audit search; null means "any". {@code q} matches summary, path, user, target. */
record AuditQuery(
    String user,
    String action,
    String targetType,
    String targetId,
    Instant since,
    Instant until,
    String q,
    int page,
    int size) {}
