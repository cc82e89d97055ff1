package cn.nianbao.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.domain.EntityScan;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.data.repository.config.BootstrapMode;

/** Nianbao 年报通: drafting, review, sign-off and publication of 政府信息公开工作年度报告. */
@SpringBootApplication(scanBasePackages = "cn.nianbao")
@EntityScan("cn.nianbao.domain")
// LAZY: a repository (and Spring Data's check of every query it declares, two ANTLR parses each) is made when it is
// first used, not at start; Hibernate builds its metamodel in the background meanwhile (database.JpaBackgroundBootstrap)
// and the context still waits for it before it is ready, so a schema that does not match still stops the start.
// A broken query shows at the repository's first use; RepositoriesTest makes every repository.
@EnableJpaRepositories(basePackages = "cn.nianbao.domain", bootstrapMode = BootstrapMode.LAZY)
public class NianbaoApplication {

    public static void main(String[] args) {
        SpringApplication.run(NianbaoApplication.class, args);
    }
}
