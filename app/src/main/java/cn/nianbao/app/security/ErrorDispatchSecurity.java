package cn.nianbao.app.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The container's error dispatch to /error is open to everyone: the request that failed was already checked by its
 * own chain, and the UI's chain would turn an anonymous portal or API error into a redirect to the login page.
 * The error page itself reads nothing but the status and the path.
 */
@Configuration(proxyBeanMethods = false)
class ErrorDispatchSecurity {

    @Bean
    @Order(0)
    SecurityFilterChain errorDispatch(HttpSecurity http) throws Exception {
        http.securityMatcher("/error")
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(c -> c.disable())
                .securityContext(c -> c.requireExplicitSave(true))
                .authorizeHttpRequests(a -> a.anyRequest().permitAll());
        SecurityHeaders.apply(http, SecurityHeaders.API_POLICY);
        return http.build();
    }
}
