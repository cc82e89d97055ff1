package cn.nianbao.app.portal;

import cn.nianbao.app.web.ErrorBodies;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * On the portal's port only the public site is served: the report pages and downloads, the open data and the
 * public JSON API. The workbench, the sign-in and the authenticated API answer 404 there, as if absent, so the port
 * can be opened to the Internet while the workbench stays on the internal network (等保: public zone apart from the
 * working zone). Requests on the main port pass untouched.
 */
class PortalDoor extends OncePerRequestFilter {

    private final PortalConnector portal;

    PortalDoor(PortalConnector portal) {
        this.portal = portal;
    }

    static boolean isPublic(String path) {
        return path.equals("/public") || path.startsWith("/public/")
                || path.equals("/api/v1/public") || path.startsWith("/api/v1/public/")
                || path.equals("/favicon.ico");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (request.getLocalPort() != portal.localPort() || isPublic(path)) {
            chain.doFilter(request, response);
        } else if (ErrorBodies.isApi(path)) {
            ErrorBodies.writeJson(response, 404, ErrorBodies.code(404), ErrorBodies.message(404, request.getMethod()));
        } else {
            ErrorBodies.writeHtml(response, 404, ErrorBodies.message(404, request.getMethod()));
        }
    }
}
