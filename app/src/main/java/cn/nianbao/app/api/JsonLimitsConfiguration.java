package cn.nianbao.app.api;

import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.nianbao.domain.interchange.JsonLimits;

/** Bodies bound by Spring ({@code @RequestBody}) are read within the same limits as the ones the API reads itself. */
@Configuration(proxyBeanMethods = false)
class JsonLimitsConfiguration {

    @Bean
    Jackson2ObjectMapperBuilderCustomizer jsonReadLimits() {
        return builder -> builder.postConfigurer(mapper -> mapper.getFactory().setStreamReadConstraints(JsonLimits.READ));
    }
}
