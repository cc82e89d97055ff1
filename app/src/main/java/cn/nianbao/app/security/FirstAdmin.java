package cn.nianbao.app.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

import cn.nianbao.domain.user.Role;
import cn.nianbao.domain.user.UserAccountService;

/**
 * A new production database has no accounts: when NIANBAO_ADMIN_PASSWORD is given and no "admin" exists yet,
 * the first administrator is created with it, who then adds the units and people.
 */
@Component
class FirstAdmin implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(FirstAdmin.class);

    private final UserAccountService accounts;
    private final String password;

    FirstAdmin(UserAccountService accounts, @Value("${nianbao.admin.initial-password:}") String password) {
        this.accounts = accounts;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (password.isBlank() || accounts.find("admin").isPresent()) {
            return;
        }
        accounts.create("admin", password, "系统管理员", null);
        accounts.grant("admin", Role.SYSTEM_ADMIN, null);
        LOG.info("已创建首个系统管理员账号 admin");
    }
}
