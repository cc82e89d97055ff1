package cn.nianbao.app.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import cn.nianbao.domain.audit.AuditSource;

/** Every audit entry a service records while serving this request names the client's address. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class AuditSourceFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        AuditSource.use(ClientAddress.of(request));
        try {
            chain.doFilter(request, response);
        } finally {
            AuditSource.clear();
        }
    }
}
