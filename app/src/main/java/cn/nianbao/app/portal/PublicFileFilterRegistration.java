package cn.nianbao.app.portal;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

import cn.nianbao.reports.publish.PublicArtefacts;

/** Puts the public files' filter first, for the report paths only. */
@Configuration(proxyBeanMethods = false)
class PublicFileFilterRegistration {

    @Bean
    FilterRegistrationBean<PublicFileFilter> publicFileFilter(PublicArtefacts artefacts) {
        FilterRegistrationBean<PublicFileFilter> registration = new FilterRegistrationBean<>(new PublicFileFilter(artefacts));
        registration.addUrlPatterns("/public/reports/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1); // behind the portal door, when the portal has its own port
        registration.setName("publicFiles");
        return registration;
    }
}
