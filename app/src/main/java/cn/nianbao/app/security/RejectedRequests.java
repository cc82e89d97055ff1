package cn.nianbao.app.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;

import cn.nianbao.app.web.ErrorBodies;

/**
 * Spring Security's firewall refuses some requests before any door's chain runs: a method it does not know (TRACE,
 * BREW), a path with {@code //}, {@code ;}, an encoded slash or dot segment. Its default answer is a bare 400 with
 * no body; under /api/ this one is the error body of api.md (405 for the method), elsewhere the default stays.
 */
final class RejectedRequests implements RequestRejectedHandler {

    private final RequestRejectedHandler fallback = new HttpStatusRequestRejectedHandler();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException rejected)
            throws IOException, ServletException {
        if (!ErrorBodies.isApi(request.getRequestURI()) || response.isCommitted()) {
            fallback.handle(request, response, rejected);
            return;
        }
        String why = rejected.getMessage() == null ? "" : rejected.getMessage();
        int status = why.contains("HTTP method") ? 405 : 400;
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        // the method is the client's text: ErrorBodies escapes it into the JSON
        response.getOutputStream().write(ErrorBodies.json(ErrorBodies.code(status),
                ErrorBodies.message(status, request.getMethod())));
    }
}
