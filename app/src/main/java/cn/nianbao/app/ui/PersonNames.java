package cn.nianbao.app.ui;

import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import cn.nianbao.domain.report.ReportReview;
import cn.nianbao.domain.user.UserAccount;
import cn.nianbao.domain.user.UserAccountService;

/** People as they are read: by display name (兰河乡保密审查员), never by their login. */
@Component
public class PersonNames {

    private final UserAccountService users;

    PersonNames(UserAccountService users) {
        this.users = users;
    }

    /** A lookup for one page: each person is read once however often they appear. */
    public Lookup lookup() {
        return new Lookup();
    }

    public final class Lookup {
        private final Map<String, String> seen = new HashMap<>();

        private Lookup() {
        }

        public String of(String username) {
            if (username == null) {
                return "";
            }
            if (ReportReview.SYSTEM.equals(username)) {
                return com.vaadin.flow.component.UI.getCurrent().getTranslation("person.system");
            }
            return seen.computeIfAbsent(username, u -> users.find(u).map(UserAccount::displayName).orElse(u));
        }
    }
}
