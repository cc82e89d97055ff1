package cn.nianbao.domain.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * The chain's hash function. Each field is length-prefixed so that moving text from one field to the next
 * cannot produce the same input; time counts in microseconds, the precision both databases keep.
 */
final class AuditHash {

    static final String GENESIS = "0".repeat(64);

    private AuditHash() {
    }

    static Instant truncate(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS);
    }

    static String of(long id, Instant at, String actor, String action, String target, String source,
                     AuditOutcome outcome, String prev) {
        long micros = ChronoUnit.MICROS.between(Instant.EPOCH, at);
        StringBuilder in = new StringBuilder();
        for (String field : new String[] {Long.toString(id), Long.toString(micros), actor, action, target, source,
                outcome.name(), prev}) {
            if (field == null) {
                in.append("-|");
            } else {
                in.append(field.length()).append(':').append(field).append('|');
            }
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(in.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    static String of(AuditEntry e) {
        return of(e.id(), e.at(), e.actor(), e.action(), e.target(), e.source(), e.outcome(), e.prev());
    }
}
