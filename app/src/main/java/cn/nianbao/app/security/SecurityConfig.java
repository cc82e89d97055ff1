package cn.nianbao.app.security;

import org.springframework.security.core.context.SecurityContextHolderStrategy;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

import cn.nianbao.domain.audit.SecurityAuditLog;
import cn.nianbao.domain.user.AccessTokens;
import cn.nianbao.domain.user.UserAccountService;
import cn.nianbao.domain.user.UserSessions;

/**
 * Three doors: the REST API (stateless: a personal access token as Bearer, or HTTP Basic; JSON errors), the public
 * portal (anonymous, no session) and the Vaadin UI (form login, session). Both password doors go through the same
 * throttled provider and no other, so a lockout holds for both; every response carries the security headers.
 */
@EnableWebSecurity
@Configuration(proxyBeanMethods = false)
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfig {

    private static final String API_UNAUTHORIZED = "需要登录：请使用 HTTP Basic 提供正确的用户名和密码，或以 Authorization: Bearer 提供访问令牌";

    @Bean
    PasswordEncoder passwordEncoder() {
        return UserAccountService.PASSWORDS;
    }

    /** The only authentication manager, without a parent that could check a password around the throttle. */
    @Bean
    AuthenticationManager authenticationManager(ThrottledAuthenticationProvider provider) {
        ProviderManager manager = new ProviderManager(provider);
        manager.setEraseCredentialsAfterAuthentication(true);
        return manager;
    }

    /** The firewall's refusals (an unknown method, a path with "//" or ";") in api.md's error body under /api/. */
    @Bean
    WebSecurityCustomizer rejectedRequests() {
        return web -> web.requestRejectedHandler(new RejectedRequests());
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, AuthenticationManager manager, UserAccountService accounts,
                            AccessTokens tokens, SecurityContextHolderStrategy contexts) throws Exception {
        http.securityMatcher("/api/**")
                .authenticationManager(manager)
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/api/v1/public/**").permitAll()
                        .anyRequest().authenticated())
                .httpBasic(b -> b.authenticationEntryPoint((req, res, e) ->
                        JsonSecurityErrors.write(res, 401, "UNAUTHORIZED", API_UNAUTHORIZED)))
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((req, res, ex) ->
                                JsonSecurityErrors.write(res, 401, "UNAUTHORIZED", API_UNAUTHORIZED))
                        .accessDeniedHandler((req, res, ex) ->
                                JsonSecurityErrors.write(res, 403, "FORBIDDEN", "您无权执行此操作")))
                // a token is checked before HTTP Basic: one indexed query and a SHA-256 instead of bcrypt
                .addFilterBefore(new BearerTokenFilter(tokens, contexts), BasicAuthenticationFilter.class)
                .addFilterAfter(new PasswordChangeGate(accounts, contexts), BasicAuthenticationFilter.class);
        SecurityHeaders.apply(http, SecurityHeaders.API_POLICY);
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
        SecurityHeaders.apply(http, SecurityHeaders.PORTAL_POLICY);
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain ui(HttpSecurity http, AuthenticationManager manager, UserSessions sessions,
                           RequestUtil vaadinRequests, SecurityAuditLog audit,
                           @Value("${nianbao.security.idle-timeout:PT15M}") Duration idleTimeout,
                           SecurityContextHolderStrategy contexts) throws Exception {
        http.authenticationManager(manager);
        http.authorizeHttpRequests(a -> a.requestMatchers("/styles/**", "/favicon.ico").permitAll());
        // Vaadin's configurer would exempt the login POST from CSRF; here only Vaadin's own requests are exempt
        // (they carry Vaadin's token), and the login form must send Spring's, which vaadin-login-form takes from
        // the page's _csrf meta tags
        http.csrf(c -> c.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                .enableCsrfConfiguration(false));
        http.addFilterAfter(new SessionGuard(sessions, audit, idleTimeout, contexts), AnonymousAuthenticationFilter.class);
        SecurityHeaders.apply(http, SecurityHeaders.UI_POLICY);
        return http.build();
    }
}
