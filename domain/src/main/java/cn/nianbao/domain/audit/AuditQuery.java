package cn.nianbao.domain.audit;

import java.time.Instant;

/** A page of the audit log; every criterion is optional, the page size is bounded by the service. */
public record AuditQuery(Instant from, Instant to, String actor, String action, int page, int size) {
}
