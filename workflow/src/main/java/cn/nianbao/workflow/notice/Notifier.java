package cn.nianbao.workflow.notice;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import cn.nianbao.domain.i18n.Messages;
import cn.nianbao.domain.notification.NotificationService;
import cn.nianbao.domain.oversight.Offices;
import cn.nianbao.domain.report.ReportFacts;
import cn.nianbao.domain.user.ActingLeaders;
import cn.nianbao.domain.user.Role;
import cn.nianbao.domain.user.UserAccount;
import cn.nianbao.domain.user.UserAccountService;

/** Tells people about a report: in-app (in the transaction of the move), and by e-mail after it commits. */
@Component
class Notifier {

    private static final Messages TEXT = Messages.of("notice");

    private final NotificationService notes;
    private final UserAccountService users;
    private final MailOutbox mail;
    private final ActingLeaders acting;

    Notifier(NotificationService notes, UserAccountService users, MailOutbox mail, ActingLeaders acting) {
        this.acting = acting;
        this.notes = notes;
        this.users = users;
        this.mail = mail;
    }

    /**
     * Everyone holding the role for the report: in its unit, or for the reviewing office the office of its area
     * (a township's county office, a city department's city office: the report's county is that area). For the
     * leader's role, whoever acts for a leader of the unit today too (代理签发).
     */
    List<UserAccount> holders(Role role, ReportFacts report) {
        if (role == Role.LEADER) {
            Map<String, UserAccount> out = new LinkedHashMap<>();
            users.holders(role, report.unitId()).forEach(u -> out.put(u.username(), u));
            acting.actingIn(report.unitId()).forEach(name -> users.find(name).filter(UserAccount::enabled)
                    .ifPresent(u -> out.putIfAbsent(u.username(), u)));
            return new ArrayList<>(out.values());
        }
        if (role != Role.COUNTY_OFFICE) {
            return users.holders(role, report.unitId());
        }
        return users.holders(Offices.OFFICE_ROLES, report.countyId());
    }

    List<UserAccount> person(String username) {
        return username == null ? List.of() : users.find(username).stream().toList();
    }

    void tell(Collection<UserAccount> people, ReportFacts report, String title, String body) {
        String subject = TEXT.get("subject", report.unitName(), report.year(), title);
        List<String> names = new ArrayList<>();
        List<String> emails = new ArrayList<>();
        for (UserAccount u : people) {
            names.add(u.username());
            emails.add(u.email());
        }
        notes.notify(names, report.reportId(), subject, body);
        mail.sendAfterCommit(emails, TEXT.get("mail.subject", subject), TEXT.get("mail.body", body));
    }
}
