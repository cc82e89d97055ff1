package cn.nianbao.app.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.http.HttpServletRequest;

/** Reads a request body, refusing it as soon as it passes 1 MiB instead of buffering whatever is sent. */
final class RequestBodies {

    static final int LIMIT = 1024 * 1024;

    private RequestBodies() {
    }

    static byte[] read(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > LIMIT) {
            throw new BodyTooLarge();
        }
        try (InputStream in = request.getInputStream()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[16 * 1024];
            int n;
            while ((n = in.read(buf)) >= 0) {
                out.write(buf, 0, n);
                if (out.size() > LIMIT) {
                    throw new BodyTooLarge();
                }
            }
            return out.toByteArray();
        }
    }
}
