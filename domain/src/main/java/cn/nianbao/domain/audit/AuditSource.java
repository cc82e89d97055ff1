package cn.nianbao.domain.audit;

/**
 * The client address of the request being served, set by the web layer for the length of each request so that
 * every entry a service records names where the action came from without every signature carrying it.
 */
public final class AuditSource {

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private AuditSource() {
    }

    public static void use(String address) {
        CURRENT.set(address);
    }

    public static void clear() {
        CURRENT.remove();
    }

    public static String current() {
        return CURRENT.get();
    }
}
