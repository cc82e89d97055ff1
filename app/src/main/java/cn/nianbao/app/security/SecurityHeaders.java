package cn.nianbao.app.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/**
 * The response headers of every door. Vaadin's client engine needs inline and eval'd scripts (its bootstrap and
 * its template bindings) and inline styles, so the UI's policy allows those and nothing from other origins; the
 * portal needs no script at all, and the API serves data only. HSTS is sent on HTTPS requests (Spring Security
 * writes it only when the request is secure, so plain HTTP in a test lab is not pinned).
 */
final class SecurityHeaders {

    static final String UI_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'; object-src 'none'";
    static final String PORTAL_POLICY = "default-src 'self'; script-src 'none'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self' data:; frame-ancestors 'none'; form-action 'self'; "
            + "base-uri 'self'; object-src 'none'";
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";
    static final String PERMISSIONS = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "display-capture=(), fullscreen=(self)";

    private SecurityHeaders() {
    }

    static void apply(HttpSecurity http, String contentSecurityPolicy) throws Exception {
        http.headers(h -> h
                .contentSecurityPolicy(c -> c.policyDirectives(contentSecurityPolicy))
                .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
                .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS))
                .frameOptions(f -> f.deny())
                .httpStrictTransportSecurity(s -> s.includeSubDomains(true).maxAgeInSeconds(31_536_000)));
    }
}
