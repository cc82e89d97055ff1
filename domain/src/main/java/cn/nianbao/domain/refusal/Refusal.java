package cn.nianbao.domain.refusal;

import java.util.List;

/** A request the domain refuses, with a Chinese message for the person who made it. */
public class Refusal extends RuntimeException {

    public enum Kind { INVALID, FORBIDDEN, NOT_FOUND, CONFLICT, STALE }

    private final Kind kind;
    private final String code;
    private final transient List<?> details;

    public Refusal(Kind kind, String code, String message, List<?> details) {
        super(message);
        this.kind = kind;
        this.code = code;
        this.details = details == null ? List.of() : List.copyOf(details);
    }

    public static Refusal notFound(String message) {
        return new Refusal(Kind.NOT_FOUND, "NOT_FOUND", message, null);
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

    public Kind kind() {
        return kind;
    }

    /** A stable machine-readable code, e.g. REPORT_EXISTS, ALREADY_HANDLED. */
    public String code() {
        return code;
    }

    /** Extra data for the caller, e.g. the findings that block a submission. */
    public List<?> details() {
        return details;
    }
}
