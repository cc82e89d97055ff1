package cn.nianbao.app.ui.inbox;

import java.time.Instant;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;

import jakarta.annotation.security.PermitAll;

import cn.nianbao.app.security.CurrentActor;
import cn.nianbao.app.ui.Dates;
import cn.nianbao.app.ui.MainLayout;
import cn.nianbao.domain.notification.NotificationService;
import cn.nianbao.domain.notification.NotificationView;
import cn.nianbao.domain.user.Actor;
import cn.nianbao.workflow.ReportApprovalWorkflow;
import cn.nianbao.domain.report.WorkStep;
import cn.nianbao.workflow.WorkItem;

/** Everyone's home page: what waits for me, and what I was told. */
@Route(value = "inbox", layout = MainLayout.class)
@RouteAlias(value = "", layout = MainLayout.class)
@PageTitle("我的待办 · 年报通")
@PermitAll
public class InboxView extends VerticalLayout {

    private final NotificationService notifications;
    private final Actor actor;
    private final Grid<NotificationView> notes = new Grid<>();
    private final Span unread = new Span();

    public InboxView(ReportApprovalWorkflow workflow, NotificationService notifications, CurrentActor current) {
        this.notifications = notifications;
        this.actor = current.require();
        add(new H2(getTranslation("inbox.title")), new H3(getTranslation("inbox.tasks")));
        Grid<WorkItem> tasks = new Grid<>();
        tasks.setId("tasks");
        tasks.addColumn(WorkItem::unitName).setHeader(getTranslation("inbox.unit")).setFlexGrow(3);
        tasks.addColumn(WorkItem::year).setHeader(getTranslation("inbox.year"));
        tasks.addColumn(w -> getTranslation("stage." + w.step().name())).setHeader(getTranslation("inbox.stage"));
        tasks.addColumn(w -> Dates.day(w.due())).setHeader(getTranslation("inbox.due"));
        tasks.addColumn(w -> w.due() != null && w.due().isBefore(Instant.now()) ? getTranslation("inbox.overdue") : "")
                .setHeader(getTranslation("inbox.overdue"));
        tasks.addComponentColumn(w -> new Button(getTranslation("common.open"), e -> open(w)));
        tasks.addItemClickListener(e -> open(e.getItem()));
        tasks.setItems(workflow.openTasks(actor));
        tasks.setEmptyStateText(getTranslation("inbox.none"));
        tasks.setAllRowsVisible(true);
        add(tasks);

        unread.setId("unread");
        add(new H3(getTranslation("inbox.notifications")), unread);
        notes.setId("notifications");
        notes.addColumn(n -> Dates.time(n.createdAt())).setHeader(getTranslation("history.at")).setAutoWidth(true);
        notes.addColumn(NotificationView::title).setHeader(getTranslation("inbox.notifications")).setFlexGrow(2);
        notes.addColumn(NotificationView::body).setFlexGrow(3);
        notes.addComponentColumn(n -> {
            Button read = new Button(getTranslation("inbox.markRead"), e -> {
                notifications.markRead(actor.username(), n.id());
                refreshNotes();
            });
            read.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            read.setEnabled(!n.read());
            return read;
        });
        notes.setAllRowsVisible(true);
        add(notes);
        refreshNotes();
    }

    private void open(WorkItem w) {
        getUI().ifPresent(ui -> ui.navigate(w.step() == WorkStep.REVISE ? "reports/" + w.reportId() + "/edit" : "reports/" + w.reportId()));
    }

    private void refreshNotes() {
        notes.setItems(notifications.latest(actor.username(), 50));
        unread.setText(getTranslation("inbox.unread", notifications.unread(actor.username())));
    }
}
