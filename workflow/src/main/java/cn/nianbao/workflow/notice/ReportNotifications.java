package cn.nianbao.workflow.notice;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import cn.nianbao.domain.i18n.Messages;
import cn.nianbao.domain.report.CorrectionOpened;
import cn.nianbao.domain.report.ReportPublished;
import cn.nianbao.domain.report.ReportReturned;
import cn.nianbao.domain.report.ReportSubmitted;
import cn.nianbao.domain.report.StageDecided;
import cn.nianbao.domain.report.TaskDueSoon;
import cn.nianbao.domain.report.TaskOverdue;
import cn.nianbao.domain.user.Recipient;
import cn.nianbao.domain.user.Role;

/**
 * Who hears of what happened to a report. It listens inside the transaction of the move, so a move that rolls back
 * leaves no notification behind; e-mail copies leave only after the commit.
 */
@Component
class ReportNotifications {

    private static final Messages TEXT = Messages.of("notice");
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final Notifier notifier;

    ReportNotifications(Notifier notifier) {
        this.notifier = notifier;
    }

    @EventListener
    void on(ReportSubmitted e) {
        notifier.tell(notifier.holders(Role.SECRECY_REVIEWER, e.report()), e.report(), TEXT.get("submitted.title"),
                TEXT.get("submitted.body", e.byName(), e.submissionNo()));
    }

    @EventListener
    void on(StageDecided e) {
        switch (e.stage()) {
            case SECRECY_REVIEW -> notifier.tell(notifier.holders(Role.LEADER, e.report()), e.report(),
                    TEXT.get("to_leader.title"), TEXT.get("to_leader.body"));
            case LEADER_SIGNOFF -> notifier.tell(notifier.holders(Role.COUNTY_OFFICE, e.report()), e.report(),
                    TEXT.get("to_county.title"), TEXT.get("to_county.body", e.byName()));
            case COUNTY_REVIEW -> notifier.tell(e.report(), List.of(
                    new Notice(notifier.person(e.report().submittedBy()), TEXT.get("approved.title"), TEXT.get("approved.body")),
                    new Notice(notifier.holders(Role.COUNTY_OFFICE, e.report()), TEXT.get("to_publish.title"),
                            TEXT.get("to_publish.body"))));
        }
    }

    @EventListener
    void on(ReportReturned e) {
        notifier.tell(notifier.person(e.report().submittedBy()), e.report(), TEXT.get("returned.title", e.stage().label()),
                TEXT.get("returned.body", e.byName(), e.stage().label(), e.comment()));
    }

    @EventListener
    void on(ReportPublished e) {
        notifier.tell(notifier.person(e.report().submittedBy()), e.report(), TEXT.get("published.title"),
                TEXT.get(e.scheduled() ? "published.scheduled.body" : "published.body"));
    }

    @EventListener
    void on(CorrectionOpened e) {
        notifier.tell(notifier.holders(Role.CLERK, e.report()), e.report(), TEXT.get("correction.title"),
                TEXT.get("correction.body", e.reason()));
    }

    @EventListener
    void on(TaskDueSoon e) {
        // a reminder sent late (the app was down, the deadline moved) must not say 即将到期 of a step that is
        // already overdue; the overdue escalation speaks then
        if (!e.due().isAfter(e.at())) {
            return;
        }
        notifier.tell(notifier.holders(e.step().role(), e.report()), e.report(),
                TEXT.get("due_soon.title", e.step().label()),
                TEXT.get("due_soon.body", e.step().label(), day(e.due())));
    }

    @EventListener
    void on(TaskOverdue e) {
        List<Recipient> people = new ArrayList<>(notifier.holders(Role.LEADER, e.report()));
        people.addAll(notifier.holders(Role.COUNTY_OFFICE, e.report()));
        notifier.tell(people, e.report(), TEXT.get("overdue.title", e.step().label()),
                TEXT.get("overdue.body", e.step().label(), day(e.due())));
    }

    /** A due day as the bundle writes days (2027年1月20日), in Beijing time; month names, if any, in English. */
    private static String day(Instant at) {
        return DateTimeFormatter.ofPattern(TEXT.get("date.pattern"), Locale.ENGLISH).withZone(CHINA).format(at);
    }
}
