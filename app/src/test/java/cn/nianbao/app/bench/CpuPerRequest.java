package cn.nianbao.app.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * For the benchmarks only: the CPU time the server's request thread spends on each request, from the first filter
 * (before security) to the last byte handed to the container — the work of one call without the client's.
 */
@TestConfiguration(proxyBeanMethods = false)
public class CpuPerRequest {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final List<Long> SAMPLES = Collections.synchronizedList(new ArrayList<>());

    /** Forgets the samples taken so far. */
    public static void reset() {
        SAMPLES.clear();
    }

    /** The samples since the last reset, in nanoseconds. */
    public static List<Long> samples() {
        synchronized (SAMPLES) {
            return List.copyOf(SAMPLES);
        }
    }

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> cpuPerRequestFilter() {
        FilterRegistrationBean<OncePerRequestFilter> bean = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                long start = THREADS.getCurrentThreadCpuTime();
                try {
                    chain.doFilter(request, response);
                    response.flushBuffer();
                } finally {
                    SAMPLES.add(THREADS.getCurrentThreadCpuTime() - start);
                }
            }
        });
        bean.setOrder(Ordered.HIGHEST_PRECEDENCE);
        bean.addUrlPatterns("/api/*");
        return bean;
    }
}
