package cn.nianbao.domain.refusal;

import java.util.List;

/** A request the domain refuses, with a Chinese message for the person who made it. */
public class Refusal extends RuntimeException {

    public enum Kind { INVALID, FORBIDDEN, NOT_FOUND, CONFLICT, STALE }

    private final Kind kind;
    private final String code;
    private final transient List<?> details;
    private final String field;
    private final String hidden;

    public Refusal(Kind kind, String code, String message, List<?> details) {
        this(kind, code, message, details, null, null);
    }

    private Refusal(Kind kind, String code, String message, List<?> details, String field, String hidden) {
        super(message);
        this.kind = kind;
        this.code = code;
        this.details = details == null ? List.of() : List.copyOf(details);
        this.field = field;
        this.hidden = hidden;
    }

    public static Refusal notFound(String message) {
        return new Refusal(Kind.NOT_FOUND, "NOT_FOUND", message, null);
    }

    /**
     * "Not found" for something that exists but the caller may not see (another unit's report or task): answered
     * exactly like a missing one, so ids cannot be probed, while {@link #hidden()} tells the audit what was refused.
     */
    public static Refusal hidden(String message, String target) {
        return new Refusal(Kind.NOT_FOUND, "NOT_FOUND", message, null, null, target);
    }

    public static Refusal forbidden(String message) {
        return new Refusal(Kind.FORBIDDEN, "FORBIDDEN", message, null);
    }

    public static Refusal conflict(String code, String message) {
        return new Refusal(Kind.CONFLICT, code, message, null);
    }

    public static Refusal stale(String message) {
        return new Refusal(Kind.STALE, "STALE_VERSION", message, null);
    }

    public static Refusal invalid(String code, String message) {
        return new Refusal(Kind.INVALID, code, message, null);
    }

    /** A bad value of one field of the request, named by its key ({@code comment}, {@code sections.s1.text}). */
    public static Refusal invalidField(String code, String field, String message) {
        return new Refusal(Kind.INVALID, code, message, null, field, null);
    }

    public Kind kind() {
        return kind;
    }

    /** A stable machine-readable code, e.g. REPORT_EXISTS, ALREADY_HANDLED. */
    public String code() {
        return code;
    }

    /** The request's key at fault, or null. */
    public String field() {
        return field;
    }

    /** What exists behind a "not found" the caller may not see ({@code report:42}, {@code task:17}), or null. */
    public String hidden() {
        return hidden;
    }

    /** Extra data for the caller, e.g. the findings that block a submission. */
    public List<?> details() {
        return details;
    }
}
