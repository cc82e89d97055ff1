package cn.nianbao.app.web;

import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.HttpRequestHandler;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;

/**
 * A path under /api/ that no controller maps is "not found" in JSON. Without this mapping the request would fall
 * through to Vaadin's catch-all route and answer 200 with the UI's HTML shell. It is asked after the controllers'
 * mappings (which answer 405 or 415 for a known path themselves) and before Vaadin's.
 */
@Configuration(proxyBeanMethods = false)
class UnknownApiPaths {

    /** After RequestMappingHandlerMapping (0), before Vaadin's root mapping and the static resources. */
    static final int ORDER = 100;

    @Bean
    SimpleUrlHandlerMapping unknownApiPathMapping() {
        HttpRequestHandler notFound = (request, response) -> ErrorBodies.writeJson(response, 404, "NOT_FOUND",
                ErrorBodies.message(404, request.getMethod()));
        SimpleUrlHandlerMapping mapping = new SimpleUrlHandlerMapping(Map.of("/api/**", notFound, "/api", notFound));
        mapping.setOrder(ORDER);
        return mapping;
    }
}
