package cn.nianbao.app.security;

import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import cn.nianbao.app.database.TryOutDatabase;
import cn.nianbao.domain.i18n.Messages;
import cn.nianbao.domain.user.UserAccountService;

/**
 * On PostgreSQL — a real deployment — the application refuses to start while an account still has the published
 * demo password, unless NIANBAO_DEMO=true says this is a demonstration. H2 (the try-out run) is exempt.
 */
@Component
@Order(100)
class DemoPasswordGuard implements ApplicationRunner {

    private static final Messages TEXT = Messages.of("security");

    private final UserAccountService accounts;
    private final DataSource dataSource;
    private final boolean demoOnPostgres;

    @Autowired
    DemoPasswordGuard(UserAccountService accounts, DataSource dataSource,
                      @Value("${nianbao.demo.postgresql:false}") boolean demoOnPostgres,
                      ObjectProvider<TryOutDatabase> tryOut) {
        // the embedded database of the README's run is a try-out like H2 was: demo passwords are expected there
        this(accounts, dataSource, demoOnPostgres || tryOut.getIfAvailable() != null);
    }

    DemoPasswordGuard(UserAccountService accounts, DataSource dataSource, boolean demoAllowed) {
        this.accounts = accounts;
        this.dataSource = dataSource;
        this.demoOnPostgres = demoAllowed;
    }

    @Override
    public void run(ApplicationArguments args) {
        check();
    }

    void check() {
        if (demoOnPostgres || !DatabaseKind.isPostgres(dataSource)) {
            return;
        }
        long left = accounts.demoPasswordsLeft();
        if (left > 0) {
            throw new IllegalStateException(TEXT.get("demo.refuse-start", left));
        }
    }
}
