package cn.nianbao.domain.audit;

import java.time.Instant;

/**
 * One line of the security audit log. {@code hash} is SHA-256 over the other fields and {@code prev}, the hash
 * of the entry before it, so a changed or removed line breaks the chain from there on.
 */
public record AuditEntry(long id, Instant at, String actor, String action, String target, String source,
                         AuditOutcome outcome, String hash, String prev) {
}
