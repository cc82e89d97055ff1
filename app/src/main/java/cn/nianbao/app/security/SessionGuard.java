package cn.nianbao.app.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import cn.nianbao.domain.user.UserSessions;

/**
 * Keeps the UI's signed-in sessions in the shared table: a session is entered at its first request after the
 * sign-in (which may push the person's oldest session beyond the limit out), and a session whose row is gone —
 * ended by a password change or by the limit, on any node — is closed here at its next request. A page load then
 * goes to the login page with the notice; a Vaadin request finds no session and the client follows the
 * session-expired address to the same page.
 */
class SessionGuard extends OncePerRequestFilter {

    static final String REGISTERED = SessionGuard.class.getName() + ".registered";

    private final UserSessions sessions;

    SessionGuard(UserSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        HttpSession session = request.getSession(false);
        if (session != null && auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken)) {
            String id = session.getId();
            if (!id.equals(session.getAttribute(REGISTERED))) {
                sessions.started(auth.getName(), id);
                session.setAttribute(REGISTERED, id);
            } else if (!sessions.isLive(id)) {
                session.invalidate();
                SecurityContextHolder.clearContext();
                if ("GET".equals(request.getMethod()) && request.getParameter("v-r") == null) {
                    response.sendRedirect(request.getContextPath() + "/login?ended");
                    return;
                }
            }
        }
        chain.doFilter(request, response);
    }
}
