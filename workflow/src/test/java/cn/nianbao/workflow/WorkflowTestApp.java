package cn.nianbao.workflow;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.domain.EntityScan;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/** Domain and workflow together, as the app runs them, without the UI. */
@SpringBootApplication(scanBasePackages = "cn.nianbao")
@EntityScan("cn.nianbao.domain")
@EnableJpaRepositories("cn.nianbao.domain")
public class WorkflowTestApp {
}
