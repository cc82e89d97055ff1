package cn.nianbao.workflow.notice;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.nianbao.domain.i18n.Messages;
import cn.nianbao.domain.notification.Note;
import cn.nianbao.domain.notification.NotificationService;
import cn.nianbao.domain.oversight.Offices;
import cn.nianbao.domain.report.ReportFacts;
import cn.nianbao.domain.user.ActingLeaders;
import cn.nianbao.domain.user.Role;
import cn.nianbao.domain.user.Recipient;
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
    List<Recipient> holders(Role role, ReportFacts report) {
        if (role == Role.LEADER) {
            return acting.leadersToTell(report.unitId());
        }
        if (role != Role.COUNTY_OFFICE) {
            return users.recipients(List.of(role), report.unitId());
        }
        return users.recipients(Offices.OFFICE_ROLES, report.countyId());
    }

    List<Recipient> person(String username) {
        return users.recipient(username).stream().toList();
    }

    void tell(Collection<Recipient> people, ReportFacts report, String title, String body) {
        tell(report, List.of(new Notice(people, title, body)));
    }

    /** Several notices of one move: their inbox notes in one write, each notice's mail after the commit. */
    void tell(ReportFacts report, List<Notice> notices) {
        List<Note> inbox = new ArrayList<>();
        for (Notice n : notices) {
            String subject = TEXT.get("subject", report.unitName(), report.year(), n.title());
            List<String> emails = new ArrayList<>();
            for (Recipient u : n.people()) {
                inbox.add(new Note(u.username(), subject, n.body()));
                emails.add(u.email());
            }
            mail.sendAfterCommit(emails, TEXT.get("mail.subject", subject), TEXT.get("mail.body", n.body()));
        }
        notes.notifyEach(report.reportId(), inbox);
    }
}
