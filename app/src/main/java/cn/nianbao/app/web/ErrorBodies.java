package cn.nianbao.app.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.nianbao.domain.i18n.Messages;

/**
 * The error bodies written where no controller answers: the JSON of api.md for the API, a plain Chinese page
 * (no script, no style, nothing of the request echoed) for everything else. Both are written straight to the
 * response, past content negotiation: a client that accepts only text/html still gets the API's JSON.
 */
public final class ErrorBodies {

    private static final Messages TEXT = Messages.of("api");
    private static final ObjectMapper JSON = new ObjectMapper();

    private ErrorBodies() {
    }

    /** Whether a request path (without the context path, raw or decoded) belongs to the API. */
    public static boolean isApi(String path) {
        return path != null && (path.equals("/api") || path.startsWith("/api/") || path.startsWith("/api%")
                || path.startsWith("/api;"));
    }

    /** The error code of api.md for a bare status. */
    public static String code(int status) {
        return switch (status) {
            case 400 -> "BAD_REQUEST";
            case 401 -> "UNAUTHORIZED";
            case 403 -> "FORBIDDEN";
            case 404 -> "NOT_FOUND";
            case 405 -> "METHOD_NOT_ALLOWED";
            case 406 -> "NOT_ACCEPTABLE";
            case 408 -> "REQUEST_TIMEOUT";
            case 409 -> "CONFLICT";
            case 412 -> "PRECONDITION_FAILED";
            case 413 -> "PAYLOAD_TOO_LARGE";
            case 414 -> "URI_TOO_LONG";
            case 415 -> "UNSUPPORTED_MEDIA_TYPE";
            case 428 -> "PRECONDITION_REQUIRED";
            case 431 -> "HEADERS_TOO_LARGE";
            default -> status >= 500 ? "INTERNAL_ERROR" : "BAD_REQUEST";
        };
    }

    /** The Chinese message for a bare status ({@code method}: the request's, for 405). */
    public static String message(int status, String method) {
        return switch (status) {
            case 401 -> TEXT.get("status.401");
            case 403 -> TEXT.get("status.403");
            case 404 -> TEXT.get("no_such_path");
            case 405 -> TEXT.get("method_not_allowed", method == null ? "" : method);
            case 406 -> TEXT.get("status.406");
            case 413 -> TEXT.get("too_large");
            case 414 -> TEXT.get("status.414");
            case 415 -> TEXT.get("media_type");
            case 431 -> TEXT.get("status.431");
            default -> status >= 500 ? TEXT.get("internal") : TEXT.get("status.400");
        };
    }

    public static byte[] json(String code, String message) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("error", code);
        body.put("message", message);
        try {
            return JSON.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A small page in Chinese for a person who followed a broken link. */
    public static byte[] html(int status, String message) {
        String title = status == 404 ? TEXT.get("page.not_found") : status >= 500 ? TEXT.get("page.failed")
                : TEXT.get("page.refused");
        String page = "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"UTF-8\"><title>" + escape(title)
                + "</title></head><body><h1>" + escape(title) + "</h1><p>" + escape(message)
                + "</p><p><a href=\"/public/reports\">" + escape(TEXT.get("page.back")) + "</a></p></body></html>";
        return page.getBytes(StandardCharsets.UTF_8);
    }

    public static void writeJson(HttpServletResponse response, int status, String code, String message) throws IOException {
        write(response, status, "application/json;charset=UTF-8", json(code, message));
    }

    public static void writeHtml(HttpServletResponse response, int status, String message) throws IOException {
        write(response, status, "text/html;charset=UTF-8", html(status, message));
    }

    private static void write(HttpServletResponse response, int status, String type, byte[] body) throws IOException {
        response.setStatus(status);
        response.setContentType(type);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
