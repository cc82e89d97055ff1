package cn.nianbao.app.portal;

import java.io.IOException;
import java.time.temporal.ChronoUnit;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import cn.nianbao.app.security.PortalHeaders;
import cn.nianbao.reports.publish.PublicFile;

/**
 * Sends a stored public file: a strong ETag from its SHA-256, Last-Modified from its publication, and
 * {@code Cache-Control: public} with a short max-age, so browsers and proxies revalidate within a minute of a
 * correction and a repeat read is a 304 without a body.
 */
final class PublicFileResponse {

    static final String CACHE_CONTROL = "public, max-age=60, must-revalidate";

    private PublicFileResponse() {
    }

    static void send(PublicFile file, HttpServletRequest request, HttpServletResponse response) throws IOException {
        PortalHeaders.write(request, response);
        String etag = file.etag();
        response.setHeader("ETag", etag);
        response.setHeader("Last-Modified", file.httpDate());
        response.setHeader("Cache-Control", CACHE_CONTROL);
        if (notModified(request, etag, file)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(file.mediaType());
        response.setContentLength(file.bytes().length);
        if (!file.isPage()) {
            // the names are ASCII (unit code, year, extension); quoted so a browser keeps them as they are
            response.setHeader("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"");
        }
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(file.bytes());
        }
    }

    private static boolean notModified(HttpServletRequest request, String etag, PublicFile file) {
        String ifNoneMatch = request.getHeader("If-None-Match");
        if (ifNoneMatch != null) {
            // If-None-Match wins over If-Modified-Since (RFC 9110 13.2.2); a weak comparison, as for GET
            for (String candidate : ifNoneMatch.split(",")) {
                String c = candidate.strip();
                if (c.equals("*") || c.equals(etag) || c.equals("W/" + etag)) {
                    return true;
                }
            }
            return false;
        }
        long since;
        try {
            since = request.getDateHeader("If-Modified-Since");
        } catch (IllegalArgumentException unreadable) {
            return false;
        }
        return since >= 0 && file.lastModified().truncatedTo(ChronoUnit.SECONDS).toEpochMilli() <= since;
    }
}
