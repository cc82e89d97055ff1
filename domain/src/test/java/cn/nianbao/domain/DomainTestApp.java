package cn.nianbao.domain;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The domain module on its own, for storage and service tests. */
@SpringBootApplication
public class DomainTestApp {
}
