package cn.nianbao.app.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

import cn.nianbao.domain.user.UserAccountService;

/**
 * Three doors: the REST API (stateless HTTP Basic, JSON errors), the public portal (anonymous, no session)
 * and the Vaadin UI (form login, session).
 */
@EnableWebSecurity
@Configuration
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfig {

    @Bean
    PasswordEncoder passwordEncoder() {
        return UserAccountService.PASSWORDS;
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http) throws Exception {
        http.securityMatcher("/api/**")
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/api/v1/public/**").permitAll()
                        .anyRequest().authenticated())
                .httpBasic(b -> b.authenticationEntryPoint((req, res, e) ->
                        JsonSecurityErrors.write(res, 401, "UNAUTHORIZED", "需要登录：请使用 HTTP Basic 提供正确的用户名和密码")))
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((req, res, ex) ->
                                JsonSecurityErrors.write(res, 401, "UNAUTHORIZED", "需要登录：请使用 HTTP Basic 提供正确的用户名和密码"))
                        .accessDeniedHandler((req, res, ex) ->
                                JsonSecurityErrors.write(res, 403, "FORBIDDEN", "您无权执行此操作")));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain portal(HttpSecurity http) throws Exception {
        http.securityMatcher("/public/**")
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(c -> c.disable())
                .securityContext(c -> c.requireExplicitSave(true))
                .authorizeHttpRequests(a -> a.anyRequest().permitAll());
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain ui(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(a -> a.requestMatchers("/styles/**", "/favicon.ico").permitAll());
        // by route path, not by class: security must not depend on the ui package (ArchitectureTest: no cycles)
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView("/login"));
        return http.build();
    }
}
