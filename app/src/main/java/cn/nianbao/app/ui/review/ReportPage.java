package cn.nianbao.app.ui.review;

import java.io.ByteArrayInputStream;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;

import jakarta.annotation.security.PermitAll;

import cn.nianbao.app.security.CurrentActor;
import cn.nianbao.app.ui.Dates;
import cn.nianbao.app.ui.MainLayout;
import cn.nianbao.app.ui.Notices;
import cn.nianbao.domain.refusal.Refusal;
import cn.nianbao.domain.report.Decision;
import cn.nianbao.domain.report.HistoryEntry;
import cn.nianbao.domain.report.ReportChange;
import cn.nianbao.domain.report.ReportDrafting;
import cn.nianbao.domain.report.ReportReading;
import cn.nianbao.domain.report.ReportReview;
import cn.nianbao.domain.report.ReportStatus;
import cn.nianbao.domain.report.ReportView;
import cn.nianbao.domain.report.ReviewStage;
import cn.nianbao.domain.report.SecrecyClearing;
import cn.nianbao.domain.report.SecrecyRecord;
import cn.nianbao.domain.rule.Finding;
import cn.nianbao.domain.rule.Severity;
import cn.nianbao.domain.user.Actor;
import cn.nianbao.domain.user.Role;
import cn.nianbao.reports.evidence.EvidencePack;
import cn.nianbao.reports.render.HtmlWriter;
import cn.nianbao.reports.render.OfficialLayout;
import cn.nianbao.reports.render.ReportMeta;
import cn.nianbao.workflow.ReportApprovalWorkflow;
import cn.nianbao.domain.report.WorkStep;
import cn.nianbao.reports.render.TextMark;
import cn.nianbao.workflow.WorkItem;

/** A report for anyone who may see it; reviewers decide here, the county office publishes or corrects here. */
@Route(value = "reports/:id", layout = MainLayout.class)
@PageTitle("报告 · 年报通")
@PermitAll
public class ReportPage extends VerticalLayout implements BeforeEnterObserver {

    private final ReportDrafting drafting;

    private final ReportReading reading;

    private final ReportReview reportReview;
    private final ReportApprovalWorkflow workflow;
    private final OfficialLayout layout;
    private final HtmlWriter html;
    private final EvidencePack evidence;
    private final Actor actor;
    private Long id;
    private final Map<String, TextField> clearances = new LinkedHashMap<>();

    public ReportPage(ReportDrafting drafting, ReportReading reading, ReportReview reportReview, ReportApprovalWorkflow workflow,
                      OfficialLayout layout, HtmlWriter html, EvidencePack evidence, CurrentActor current) {
        this.drafting = drafting;
        this.reading = reading;
        this.reportReview = reportReview;
        this.workflow = workflow;
        this.layout = layout;
        this.html = html;
        this.evidence = evidence;
        this.actor = current.require();
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            id = Long.valueOf(event.getRouteParameters().get("id").orElse(""));
            show(reading.get(actor, id));
        } catch (NumberFormatException | Refusal e) {
            removeAll();
            H2 missing = new H2(getTranslation("common.notFound"));
            missing.setId("not-found");
            add(missing);
        }
    }

    private void show(ReportView r) {
        removeAll();
        clearances.clear();
        Paragraph status = new Paragraph(getTranslation("reports.status") + "：" + getTranslation("status." + r.status().name())
                + "　" + getTranslation("reports.format") + "：" + r.summary().formatId());
        status.setId("status");
        add(status);
        if (actor.has(Role.CLERK, r.summary().unitId()) && r.status().editable()) {
            Button edit = new Button(getTranslation("common.open"), e -> getUI().ifPresent(ui -> ui.navigate("reports/" + id + "/edit")));
            edit.setId("edit");
            add(edit);
        }
        Optional<WorkItem> task = workflow.openTasks(actor).stream().filter(t -> t.reportId().equals(id)).findFirst();
        List<Finding> review = drafting.validate(actor, id).of(Severity.REVIEW);
        task.filter(t -> t.step().isReview())
                .ifPresent(t -> reviewPanel(t, t.step().stage().orElseThrow(), review));
        if (r.status() == ReportStatus.APPROVED && task.filter(t -> t.step() == WorkStep.PUBLISH).isPresent()) {
            publishPanel();
        }
        if (r.status() == ReportStatus.PUBLISHED && actor.has(Role.COUNTY_OFFICE, r.summary().countyId())) {
            correctionPanel();
        }
        Map<String, String> explanations = reading.explanations(actor, id);
        if (!explanations.isEmpty()) {
            add(new H3(getTranslation("review.explanations")));
            explanations.forEach((k, v) -> add(new Paragraph(k + "：" + v)));
        }
        reportReview.secrecyRecord(actor, id).ifPresent(this::secrecyRecord);
        List<TextMark> marks = review.stream().filter(f -> f.offset() != null && f.match() != null)
                .map(f -> new TextMark(f.at(), f.offset(), f.match().length())).toList();
        String fragment = html.fragment(layout.layOut(r.content(), new ReportMeta(r.summary().unitCode(), r.summary().unitName(),
                r.summary().year(), r.summary().formatId(), r.summary().unitName(), null, null), marks));
        Div official = new Div(new Html(fragment));
        official.setId("official");
        official.setWidthFull();
        add(official);
        Anchor pack = new Anchor(new StreamResource(r.summary().unitCode() + "-" + r.summary().year() + "-evidence.pdf",
                () -> new ByteArrayInputStream(evidence.pdf(actor, id).bytes())), getTranslation("review.evidence"));
        pack.getElement().setAttribute("download", true);
        add(pack);
        history();
    }

    private void reviewPanel(WorkItem task, ReviewStage stage, List<Finding> review) {
        VerticalLayout panel = new VerticalLayout();
        panel.setId("review-panel");
        panel.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "var(--lumo-border-radius-m)");
        panel.add(new H3(getTranslation("review.title") + "：" + getTranslation("stage." + stage.name())));
        List<ReportChange> changes = reportReview.changesSinceLastDecision(actor, id, stage);
        panel.add(new H3(getTranslation("review.changes")));
        if (changes.isEmpty()) {
            panel.add(new Paragraph(getTranslation("review.noChanges")));
        } else {
            Grid<ReportChange> grid = new Grid<>();
            grid.setId("changes");
            grid.addColumn(ReportChange::label).setHeader(getTranslation("review.item")).setFlexGrow(2);
            grid.addColumn(ReportChange::before).setHeader(getTranslation("review.before")).setFlexGrow(2);
            grid.addColumn(ReportChange::after).setHeader(getTranslation("review.after")).setFlexGrow(2);
            grid.setItems(changes);
            grid.setAllRowsVisible(true);
            panel.add(grid);
        }
        TextArea conclusion = new TextArea(getTranslation("review.conclusion"));
        conclusion.setId("conclusion");
        conclusion.setWidthFull();
        if (stage == ReviewStage.SECRECY_REVIEW) {
            panel.add(new H3(getTranslation("review.findings")));
            if (review.isEmpty()) {
                panel.add(new Paragraph(getTranslation("review.noFindings")));
            }
            int i = 0;
            for (Finding f : review) {
                TextField reason = new TextField(f.message() + "（「" + f.match() + "」）");
                reason.setId("clear-" + i++);
                reason.setPlaceholder(getTranslation("review.clear"));
                reason.setWidthFull();
                clearances.put(f.clearanceKey(), reason);
                panel.add(reason);
            }
            panel.add(conclusion);
        }
        TextArea comment = new TextArea(getTranslation("review.comment"));
        comment.setId("comment");
        comment.setWidthFull();
        Button approve = new Button(getTranslation("review.approve"), e -> decide(task, Decision.APPROVE, comment.getValue(), conclusion.getValue()));
        approve.setId("approve");
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        Button ret = new Button(getTranslation("review.return"), e -> decide(task, Decision.RETURN, comment.getValue(), null));
        ret.setId("return");
        ret.addThemeVariants(ButtonVariant.LUMO_ERROR);
        panel.add(comment, new HorizontalLayout(approve, ret));
        add(panel);
    }

    private void decide(WorkItem task, Decision decision, String comment, String conclusion) {
        Map<String, String> reasons = new LinkedHashMap<>();
        clearances.forEach((k, f) -> reasons.put(k, f.getValue()));
        try {
            workflow.complete(actor, task.taskId(), decision, comment, Map.of(), new SecrecyClearing(conclusion, reasons));
            Notices.ok(getTranslation(decision == Decision.APPROVE ? "review.approved" : "review.returned"));
            show(reading.get(actor, id));
        } catch (Refusal e) {
            Notices.refused(e);
        }
    }

    private void publishPanel() {
        Button now = new Button(getTranslation("review.publishNow"), e -> act(() -> workflow.publishNow(actor, id), "review.published"));
        now.setId("publish");
        now.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        DateTimePicker at = new DateTimePicker(getTranslation("review.scheduleAt"));
        at.setId("schedule-at");
        at.setMin(LocalDateTime.now(Dates.CHINA));
        Button schedule = new Button(getTranslation("review.schedule"), e -> act(() -> {
            if (at.getValue() == null) {
                throw Refusal.invalid("BAD_TIME", "请选择发布时间");
            }
            workflow.schedulePublication(actor, id, at.getValue().atZone(Dates.CHINA).toInstant());
        }, "review.scheduled"));
        schedule.setId("schedule");
        HorizontalLayout row = new HorizontalLayout(now, at, schedule);
        row.setAlignItems(Alignment.BASELINE);
        add(row);
    }

    private void correctionPanel() {
        TextField reason = new TextField(getTranslation("review.correctionReason"));
        reason.setId("correction-reason");
        reason.setWidth("30em");
        Button open = new Button(getTranslation("review.correction"), e -> act(() -> workflow.openCorrection(actor, id, reason.getValue()),
                "review.correctionOpened"));
        open.setId("correction");
        HorizontalLayout row = new HorizontalLayout(reason, open);
        row.setAlignItems(Alignment.BASELINE);
        add(row);
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
            Notices.ok(getTranslation(done));
            show(reading.get(actor, id));
        } catch (Refusal e) {
            Notices.refused(e);
        }
    }

    private void secrecyRecord(SecrecyRecord record) {
        add(new H3(getTranslation("review.secrecyRecord")));
        Paragraph p = new Paragraph(record.conclusion() + "（" + record.reviewer() + "，" + Dates.time(record.reviewedAt()) + "）");
        p.setId("secrecy-record");
        add(p);
        record.clearances().forEach(c -> add(new Paragraph("「" + c.match() + "」：" + c.reason())));
    }

    private void history() {
        add(new H3(getTranslation("review.history")));
        Grid<HistoryEntry> grid = new Grid<>();
        grid.setId("history");
        grid.addColumn(h -> Dates.time(h.at())).setHeader(getTranslation("history.at")).setAutoWidth(true);
        grid.addColumn(HistoryEntry::actor).setHeader(getTranslation("history.actor"));
        grid.addColumn(h -> getTranslation("action." + h.action())).setHeader(getTranslation("history.action"));
        grid.addColumn(h -> h.stage() == null ? "" : getTranslation("stage." + h.stage())).setHeader(getTranslation("history.stage"));
        grid.addColumn(h -> h.comment() == null ? "" : h.comment()).setHeader(getTranslation("history.comment")).setFlexGrow(3);
        grid.setItems(reading.history(actor, id));
        grid.setAllRowsVisible(true);
        add(grid);
    }
}
