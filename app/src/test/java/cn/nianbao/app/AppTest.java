package cn.nianbao.app;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

import cn.nianbao.domain.testdb.TestDatabaseConfig;

/**
 * The whole application on a real PostgreSQL (embedded, or DB_URL), served on a random port, with the
 * demo data loaded. Test classes share one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = {NianbaoApplication.class, TestDatabaseConfig.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"nianbao.demo.enabled=true", "nianbao.demo.postgresql=true", "flowable.async-executor-activate=false", "nianbao.deadline.sweep.enabled=false", "logging.level.root=WARN",
                "spring.jpa.properties.hibernate.generate_statistics=true",
                "nianbao.signing.keystore=target/test-signing/evidence.p12"})
public @interface AppTest {
}
