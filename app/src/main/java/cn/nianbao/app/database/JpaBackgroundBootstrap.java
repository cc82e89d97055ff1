package cn.nianbao.app.database;

import org.springframework.boot.autoconfigure.orm.jpa.EntityManagerFactoryBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;

/**
 * Hibernate builds its metamodel on a thread of its own while the rest of the context starts (Tomcat, Vaadin,
 * Flowable); the first call on the EntityManagerFactory waits for it, and so does the context before it is ready
 * (the factory bean waits at the end of the singletons' creation). Flyway has migrated before: the factory bean
 * depends on it. Spring Boot wires this itself only for {@code spring.data.jpa.repositories.bootstrap-mode}
 * deferred or lazy, which it cannot see here: the application declares {@code @EnableJpaRepositories} (with
 * {@code BootstrapMode.LAZY}) itself. bench/README.md, "Start, 2026-12-03".
 */
@Configuration(proxyBeanMethods = false)
class JpaBackgroundBootstrap {

    @Bean
    EntityManagerFactoryBuilderCustomizer jpaBootstrapInBackground() {
        return builder -> builder.setBootstrapExecutor(new SimpleAsyncTaskExecutor("jpa-bootstrap-"));
    }
}
