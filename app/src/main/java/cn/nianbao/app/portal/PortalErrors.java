package cn.nianbao.app.portal;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import cn.nianbao.app.web.ErrorBodies;
import cn.nianbao.domain.refusal.Refusal;

/**
 * The portal's refusals (a page number out of range, a parameter that is not a number) as a plain Chinese page
 * with the right status, instead of an exception that reaches the container.
 */
@ControllerAdvice(basePackages = "cn.nianbao.app.portal")
class PortalErrors {

    @ExceptionHandler(Refusal.class)
    void refused(Refusal e, HttpServletResponse response) throws IOException {
        int status = switch (e.kind()) {
            case INVALID -> 400;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case STALE -> 412;
        };
        ErrorBodies.writeHtml(response, status, e.getMessage());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    void badParameter(MethodArgumentTypeMismatchException e, HttpServletResponse response) throws IOException {
        ErrorBodies.writeHtml(response, 400, ErrorBodies.message(400, null));
    }
}
