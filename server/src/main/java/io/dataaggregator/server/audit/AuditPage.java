package io.dataaggregator.server.audit;

import java.util.List;

/** One page of audit entries, newest first, and how many match in all. */
record AuditPage(List<AuditEntry> items, int page, int size, long total) {}
