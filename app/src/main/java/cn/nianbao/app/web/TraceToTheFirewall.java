package cn.nianbao.app.web;

import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Tomcat's connector refuses TRACE itself, with a bare status and no body — an API client would get no error body
 * of api.md. Passed on, TRACE meets Spring Security's firewall, which refuses it on every path before any servlet
 * could echo the request (so no cross-site tracing), and under /api/ answers 405 with the JSON body.
 */
@Component
class TraceToTheFirewall implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addConnectorCustomizers(connector -> connector.setAllowTrace(true));
    }
}
