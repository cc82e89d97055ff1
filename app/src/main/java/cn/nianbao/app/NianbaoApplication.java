package cn.nianbao.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.domain.EntityScan;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.data.repository.config.BootstrapMode;

/** Nianbao 年报通: drafting, review, sign-off and publication of 政府信息公开工作年度报告. */
@SpringBootApplication(scanBasePackages = "cn.nianbao")
@EntityScan("cn.nianbao.domain")
// DEFERRED: the repositories (and the check of every query they declare) are created at the end of the start,
// still before the application is ready, so Hibernate can build its metamodel in the background meanwhile
// (database.JpaBackgroundBootstrap); a broken query still stops the start
@EnableJpaRepositories(basePackages = "cn.nianbao.domain", bootstrapMode = BootstrapMode.DEFERRED)
public class NianbaoApplication {

    public static void main(String[] args) {
        SpringApplication.run(NianbaoApplication.class, args);
    }
}
