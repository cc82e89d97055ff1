package cn.nianbao.workflow;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.nianbao.domain.notification.NotificationService;
import cn.nianbao.domain.report.ReportService;
import cn.nianbao.domain.report.ReportSummary;
import cn.nianbao.domain.user.Role;
import cn.nianbao.domain.user.UserAccount;
import cn.nianbao.domain.user.UserAccountService;

/** Tells the people concerned by a transition: in-app, and by e-mail when mail is configured. */
@Component
class Notifier {

    private final NotificationService notes;
    private final UserAccountService users;
    private final ReportService reports;
    private final MailOutbox mail;

    Notifier(NotificationService notes, UserAccountService users, ReportService reports, MailOutbox mail) {
        this.notes = notes;
        this.users = users;
        this.reports = reports;
        this.mail = mail;
    }

    /** Everyone holding the role in the unit (or, for the county office, in the unit's county). */
    List<UserAccount> holders(Role role, ReportSummary report) {
        Long unit = role == Role.COUNTY_OFFICE ? reports.unitParent(report.unitId()) : report.unitId();
        return users.holders(role, unit);
    }

    List<UserAccount> person(String username) {
        return username == null ? List.of() : users.find(username).stream().toList();
    }

    void tell(Collection<UserAccount> people, Long reportId, String title, String body) {
        ReportSummary r = reports.summaryForRouting(reportId).orElseThrow();
        String subject = r.unitName() + r.year() + "年度报告：" + title;
        List<String> names = new ArrayList<>();
        List<String> emails = new ArrayList<>();
        for (UserAccount u : people) {
            names.add(u.username());
            emails.add(u.email());
        }
        notes.notify(names, reportId, subject, body);
        mail.sendAfterCommit(emails, "【年报通】" + subject, body + "\n\n请登录年报通处理。");
    }

    ReportSummary report(Long reportId) {
        return reports.summaryForRouting(reportId).orElseThrow();
    }
}
