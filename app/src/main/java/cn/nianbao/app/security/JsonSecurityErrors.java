package cn.nianbao.app.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

/** The API's 401 and 403 bodies, in the error shape of api.md. */
final class JsonSecurityErrors {

    private JsonSecurityErrors() {
    }

    static void write(HttpServletResponse response, int status, String code, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        if (status == 401) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"nianbao\", charset=\"UTF-8\"");
        }
        String body = "{\"error\":\"" + code + "\",\"message\":\"" + message + "\"}";
        response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    }
}
