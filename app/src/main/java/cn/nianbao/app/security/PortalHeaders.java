package cn.nianbao.app.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The portal's response headers, for the public files the portal sends before Spring Security's chain runs (its
 * hottest path); the same policies as {@link SecurityHeaders} gives the portal's chain.
 */
public final class PortalHeaders {

    private PortalHeaders() {
    }

    public static void write(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", SecurityHeaders.PORTAL_POLICY);
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", SecurityHeaders.PERMISSIONS);
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-XSS-Protection", "0");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains");
        }
    }
}
