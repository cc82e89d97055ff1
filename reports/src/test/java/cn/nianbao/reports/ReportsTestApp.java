package cn.nianbao.reports;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.domain.EntityScan;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/** Domain and reports together, without workflow or UI. */
@SpringBootApplication(scanBasePackages = {"cn.nianbao.domain", "cn.nianbao.reports"})
@EntityScan("cn.nianbao.domain")
@EnableJpaRepositories("cn.nianbao.domain")
public class ReportsTestApp {
}
