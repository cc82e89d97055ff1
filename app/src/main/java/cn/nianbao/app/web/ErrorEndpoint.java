package cn.nianbao.app.web;

import java.io.IOException;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The error dispatch of the container, in place of Spring Boot's: whatever ended in {@code sendError} (a method the
 * path does not take, a media type it does not read or write, a rejected request) or escaped a controller. The
 * original path decides the body: the API's JSON, or a plain page.
 */
@Controller
class ErrorEndpoint implements ErrorController {

    @RequestMapping("${server.error.path:/error}")
    void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i && i >= 400 ? i : 404;
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri == null ? request.getRequestURI() : uri.toString();
        String context = request.getContextPath();
        if (path != null && !context.isEmpty() && path.startsWith(context)) {
            path = path.substring(context.length());
        }
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        String message = ErrorBodies.message(status, request.getMethod());
        if (ErrorBodies.isApi(path)) {
            ErrorBodies.writeJson(response, status, ErrorBodies.code(status), message);
        } else {
            ErrorBodies.writeHtml(response, status, message);
        }
    }
}
