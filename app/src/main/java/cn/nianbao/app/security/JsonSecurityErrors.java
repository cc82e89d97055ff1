package cn.nianbao.app.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

/** The API's 401 and 403 bodies, in the error shape of api.md. */
final class JsonSecurityErrors {

    static final String BASIC_CHALLENGE = "Basic realm=\"nianbao\", charset=\"UTF-8\"";

    private JsonSecurityErrors() {
    }

    static void write(HttpServletResponse response, int status, String code, String message) throws IOException {
        write(response, status, code, message, BASIC_CHALLENGE);
    }

    /** {@code challenge} is the WWW-Authenticate of a 401: how to sign in, or why the bearer token failed. */
    static void write(HttpServletResponse response, int status, String code, String message, String challenge)
            throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        if (status == 401) {
            response.setHeader("WWW-Authenticate", challenge);
        }
        String body = "{\"error\":\"" + code + "\",\"message\":\"" + message + "\"}";
        response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    }
}
