package cn.nianbao.app.database;

import org.springframework.boot.autoconfigure.orm.jpa.EntityManagerFactoryBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;

/**
 * Hibernate builds its metamodel on a thread of its own while the rest of the context starts (Tomcat, Vaadin,
 * Flowable); the first call on the EntityManagerFactory waits for it. Spring Boot wires this itself only for
 * {@code spring.data.jpa.repositories.bootstrap-mode=deferred}, which it cannot see here: the application declares
 * {@code @EnableJpaRepositories} (with {@code BootstrapMode.DEFERRED}) itself. bench/README.md, "Start-up, 2026-12-03".
 */
@Configuration(proxyBeanMethods = false)
class JpaBackgroundBootstrap {

    @Bean
    EntityManagerFactoryBuilderCustomizer jpaBootstrapInBackground() {
        return builder -> builder.setBootstrapExecutor(new SimpleAsyncTaskExecutor("jpa-bootstrap-"));
    }
}
