package cn.nianbao.app.portal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** The portal's own port, when {@code nianbao.portal.port} is set (0: any free port); without it, one port serves all. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("nianbao.portal.port")
class PortalConnectorConfiguration {

    @Bean
    PortalConnector portalConnector(@Value("${nianbao.portal.port}") int port,
                                    @Value("${nianbao.portal.threads:4}") int threads,
                                    @Value("${nianbao.portal.socket-write-buffer-kb:64}") int writeBufferKb,
                                    ServerProperties server) {
        return new PortalConnector(port, threads, writeBufferKb, server);
    }

    @Bean
    FilterRegistrationBean<PortalDoor> portalDoor(PortalConnector portal) {
        FilterRegistrationBean<PortalDoor> registration = new FilterRegistrationBean<>(new PortalDoor(portal));
        registration.addUrlPatterns("/*");
        // ahead of the public files' filter, which answers report files before anything else runs
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setName("portalDoor");
        return registration;
    }
}
