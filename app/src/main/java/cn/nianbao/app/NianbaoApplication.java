package cn.nianbao.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.domain.EntityScan;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/** Nianbao 年报通: drafting, review, sign-off and publication of 政府信息公开工作年度报告. */
@SpringBootApplication(scanBasePackages = "cn.nianbao")
@EntityScan("cn.nianbao.domain")
@EnableJpaRepositories("cn.nianbao.domain")
public class NianbaoApplication {

    public static void main(String[] args) {
        SpringApplication.run(NianbaoApplication.class, args);
    }
}
