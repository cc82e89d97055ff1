package cn.nianbao.app.security;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The client's address as the servlet container sees it. Behind a reverse proxy set
 * {@code server.forward-headers-strategy=native} so that the container takes it from X-Forwarded-For of the
 * trusted proxy; the header is never read here, since any client could write it.
 */
final class ClientAddress {

    private ClientAddress() {
    }

    static String of(HttpServletRequest request) {
        return request == null ? null : request.getRemoteAddr();
    }
}
