package cn.nianbao.app.security;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

import cn.nianbao.domain.audit.AuditAction;
import cn.nianbao.domain.audit.AuditOutcome;
import cn.nianbao.domain.audit.SecurityAuditLog;
import cn.nianbao.domain.user.UserSessions;

/**
 * Keeps the UI's signed-in sessions honest, on every node:
 * <ul>
 * <li>a session is entered in the shared table at its first request after the sign-in (which may push the person's
 * oldest session beyond the limit out), and a session whose row is gone — ended by a password change or by the
 * limit — is closed at its next request;</li>
 * <li>the idle timeout counts from the person's last own request: Vaadin's heartbeat ({@code v-r=heartbeat}) keeps
 * the HTTP session alive but does not count as activity, so an open but unattended tab is signed out.</li>
 * </ul>
 * A page load of an ended session goes to the login page with the notice; a Vaadin request finds no session and
 * the client follows the session-expired address to the same page.
 */
class SessionGuard extends OncePerRequestFilter {

    static final String REGISTERED = SessionGuard.class.getName() + ".registered";
    static final String LAST_ACTIVITY = SessionGuard.class.getName() + ".lastActivity";

    private final UserSessions sessions;
    private final SecurityAuditLog audit;
    private final Duration idleTimeout;
    private final SecurityContextHolderStrategy contexts;

    SessionGuard(UserSessions sessions, SecurityAuditLog audit, Duration idleTimeout, SecurityContextHolderStrategy contexts) {
        this.contexts = contexts;
        this.sessions = sessions;
        this.audit = audit;
        this.idleTimeout = idleTimeout;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = contexts.getContext().getAuthentication();
        HttpSession session = request.getSession(false);
        if (session != null && auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken)) {
            String id = session.getId();
            long now = System.currentTimeMillis();
            Object last = session.getAttribute(LAST_ACTIVITY);
            boolean idle = last instanceof Long l && now - l > idleTimeout.toMillis();
            if (!idle && !id.equals(session.getAttribute(REGISTERED))) {
                sessions.started(auth.getName(), id);
                session.setAttribute(REGISTERED, id);
            } else if (idle || !sessions.isLive(id)) {
                if (idle) {
                    audit.record(auth.getName(), AuditAction.SIGN_OUT, "idle-timeout", AuditOutcome.SUCCESS);
                }
                session.invalidate();
                contexts.clearContext();
                if ("GET".equals(request.getMethod()) && !isVaadinRequest(request)) {
                    response.sendRedirect(request.getContextPath() + "/login?ended");
                    return;
                }
                chain.doFilter(request, response);
                return;
            }
            if (!isHeartbeat(request)) {
                session.setAttribute(LAST_ACTIVITY, now);
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean isVaadinRequest(HttpServletRequest request) {
        String q = request.getQueryString();
        return q != null && q.contains("v-r=");
    }

    private static boolean isHeartbeat(HttpServletRequest request) {
        String q = request.getQueryString();
        return q != null && q.contains("v-r=heartbeat");
    }
}
