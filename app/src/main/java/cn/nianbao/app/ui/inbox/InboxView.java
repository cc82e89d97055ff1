package cn.nianbao.app.ui.inbox;

import java.time.Clock;
import java.util.Comparator;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

import cn.nianbao.app.security.CurrentActor;
import cn.nianbao.app.ui.Dates;
import cn.nianbao.app.ui.MainLayout;
import cn.nianbao.app.ui.Notices;
import cn.nianbao.app.ui.ReportLinks;
import cn.nianbao.domain.notification.NotificationService;
import cn.nianbao.domain.notification.NotificationView;
import cn.nianbao.domain.refusal.Refusal;
import cn.nianbao.domain.report.ReportReading;
import cn.nianbao.domain.user.Actor;
import cn.nianbao.workflow.ReportApprovalWorkflow;

/** What waits for me, and what I was told; every notification leads to its report. */
@Route(value = "inbox", layout = MainLayout.class)
@PageTitle("我的待办 · 年报通")
@PermitAll
public class InboxView extends VerticalLayout {

    private final NotificationService notifications;
    private final ReportReading reading;
    private final Actor actor;
    private final Grid<NotificationView> notes = new Grid<>();
    private final Span unread = new Span();

    public InboxView(ReportApprovalWorkflow workflow, NotificationService notifications, ReportReading reading,
                     Clock clock, CurrentActor current) {
        this.notifications = notifications;
        this.reading = reading;
        this.actor = current.require();
        add(new H2(getTranslation("inbox.title")));
        add(new TaskList(workflow.openTasks(actor), clock, getTranslation("inbox.tasks")));

        unread.setId("unread");
        add(new H3(getTranslation("inbox.notifications")), unread);
        notes.setId("notifications");
        notes.addColumn(n -> Dates.time(n.createdAt())).setHeader(getTranslation("history.at")).setAutoWidth(true)
                .setSortable(true).setComparator(Comparator.comparing(NotificationView::createdAt));
        notes.addColumn(NotificationView::title).setHeader(getTranslation("inbox.notifications")).setFlexGrow(2)
                .setSortable(true).setComparator(NotificationView::title);
        notes.addColumn(NotificationView::body).setFlexGrow(3);
        notes.addComponentColumn(n -> {
            Button open = new Button(getTranslation("inbox.openReport"), e -> open(n));
            open.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            open.setVisible(n.reportId() != null);
            open.addClassName("open-report");
            Button read = new Button(getTranslation("inbox.markRead"), e -> {
                notifications.markRead(actor.username(), n.id());
                refreshNotes();
            });
            read.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            read.setEnabled(!n.read());
            return new HorizontalLayout(open, read);
        }).setAutoWidth(true);
        notes.addItemClickListener(e -> open(e.getItem()));
        notes.setAllRowsVisible(true);
        add(notes);
        refreshNotes();
    }

    /** Reading a notification means going to its report: it is marked read, and the report opens where it is worked on. */
    void open(NotificationView n) {
        if (n.reportId() == null) {
            return;
        }
        try {
            String target = ReportLinks.of(actor, reading.summary(actor, n.reportId()));
            notifications.markRead(actor.username(), n.id());
            getUI().ifPresent(ui -> ui.navigate(target));
        } catch (Refusal e) {
            Notices.refused(e);
        }
    }

    private void refreshNotes() {
        notes.setItems(notifications.latest(actor.username(), 50));
        unread.setText(getTranslation("inbox.unread", notifications.unread(actor.username())));
    }
}
