package cn.nianbao.app.ui.review;

import java.io.ByteArrayInputStream;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
import com.vaadin.flow.component.html.Span;
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
import cn.nianbao.app.ui.BoundedText;
import cn.nianbao.app.ui.Dates;
import cn.nianbao.app.ui.MainLayout;
import cn.nianbao.app.ui.Confirm;
import cn.nianbao.app.ui.Labels;
import cn.nianbao.app.ui.Notices;
import cn.nianbao.app.ui.PersonNames;
import cn.nianbao.domain.format.ReportFormats;
import cn.nianbao.domain.format.SectionDef;
import com.vaadin.flow.component.details.Details;
import cn.nianbao.domain.input.TextLimit;
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
import cn.nianbao.domain.report.SecrecyChoice;
import cn.nianbao.domain.report.SecrecyClearing;
import cn.nianbao.domain.report.SecrecyRecord;
import cn.nianbao.domain.rule.Finding;
import cn.nianbao.domain.rule.Severity;
import cn.nianbao.domain.rule.ValidationResult;
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
    private final ReportFormats formats;
    private final OfficialLayout layout;
    private final HtmlWriter html;
    private final EvidencePack evidence;
    private final Actor actor;
    private final PersonNames names;
    private Long id;
    private final Map<String, TextArea> sectionComments = new LinkedHashMap<>();
    private final List<SecrecyChoiceRow> choices = new ArrayList<>();
    /** 同意 of the review panel shown, and why it waits (null while no panel is shown). */
    private Button approve;
    private final Span approveBlocked = new Span();

    public ReportPage(ReportDrafting drafting, ReportReading reading, ReportReview reportReview, ReportApprovalWorkflow workflow,
                      ReportFormats formats,
                      OfficialLayout layout, HtmlWriter html, EvidencePack evidence, PersonNames names,
                      CurrentActor current) {
        this.names = names;
        this.drafting = drafting;
        this.reading = reading;
        this.reportReview = reportReview;
        this.workflow = workflow;
        this.formats = formats;
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
        choices.clear();
        approve = null;
        sectionComments.clear();
        Paragraph status = new Paragraph(getTranslation("reports.status") + "：" + Labels.status(r.status())
                + "　" + getTranslation("reports.format") + "：" + Labels.format(r.summary().formatId()));
        status.setId("status");
        add(status);
        if (actor.has(Role.CLERK, r.summary().unitId()) && r.status().editable()) {
            Button edit = new Button(getTranslation("common.open"), e -> getUI().ifPresent(ui -> ui.navigate("reports/" + id + "/edit")));
            edit.setId("edit");
            add(edit);
        }
        if (actor.has(Role.CLERK, r.summary().unitId()) && r.status() == ReportStatus.IN_SECRECY_REVIEW) {
            // until the first decision the clerk may take the submission back (the domain checks it again)
            Button withdraw = new Button(getTranslation("review.withdraw"), e -> Confirm.ask(getTranslation("review.withdraw"),
                    getTranslation("confirm.withdraw"), getTranslation("review.withdraw"), true,
                    () -> act(() -> workflow.withdraw(actor, id), "review.withdrawn")));
            withdraw.setId("withdraw");
            add(withdraw);
        }
        Optional<WorkItem> task = workflow.openTasks(actor).stream().filter(t -> t.reportId().equals(id)).findFirst();
        // validated once for the page: the review panel's findings and the explained warnings' texts
        ValidationResult checked = drafting.validate(actor, id);
        List<Finding> review = checked.of(Severity.REVIEW);
        task.filter(t -> t.step().isReview())
                .ifPresent(t -> reviewPanel(t, t.step().stage().orElseThrow(), review));
        Optional<java.time.Instant> scheduled = reading.scheduledPublication(actor, id);
        if (r.status() == ReportStatus.APPROVED && actor.has(Role.COUNTY_OFFICE, r.summary().countyId())
                && (scheduled.isPresent() || task.filter(t -> t.step() == WorkStep.PUBLISH).isPresent())) {
            publishPanel(scheduled);
        }
        if (r.status() == ReportStatus.PUBLISHED && actor.has(Role.COUNTY_OFFICE, r.summary().countyId())) {
            correctionPanel();
        }
        Map<String, String> explanations = reading.explanations(actor, id);
        if (!explanations.isEmpty()) {
            // a warning is named by what it says, never by its rule code
            Map<String, String> said = new LinkedHashMap<>();
            checked.of(Severity.WARNING).forEach(w -> said.putIfAbsent(w.explanationKey(), w.message()));
            add(new H3(getTranslation("review.explanations")));
            explanations.forEach((k, v) -> add(new Paragraph(said.getOrDefault(k, getTranslation("review.warning")) + "：" + v)));
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
            panel.add(new ChangesList(changes));
        }
        TextArea conclusion = new TextArea(getTranslation("review.conclusion"));
        conclusion.setId("conclusion");
        conclusion.setWidthFull();
        BoundedText.apply(conclusion, TextLimit.CONCLUSION);
        if (stage == ReviewStage.SECRECY_REVIEW) {
            panel.add(new H3(getTranslation("review.findings")));
            if (review.isEmpty()) {
                panel.add(new Paragraph(getTranslation("review.noFindings")));
            }
            int i = 0;
            for (Finding f : review) {
                SecrecyChoiceRow row = new SecrecyChoiceRow(f, i++, this::approvable);
                choices.add(row);
                panel.add(row);
            }
            panel.add(conclusion);
        }
        TextArea comment = new TextArea(getTranslation("review.comment"));
        comment.setId("comment");
        comment.setWidthFull();
        BoundedText.apply(comment, TextLimit.RETURN_COMMENT);
        VerticalLayout perSection = new VerticalLayout();
        perSection.setPadding(false);
        for (SectionDef sd : formats.get(reading.summary(actor, id).formatId()).sections()) {
            TextArea a = new TextArea(sd.title());
            a.setId("section-" + sd.key());
            a.setWidthFull();
            a.setPlaceholder(getTranslation("review.sectionComment"));
            BoundedText.apply(a, TextLimit.SECTION_COMMENT);
            sectionComments.put(sd.key(), a);
            perSection.add(a);
        }
        Details sections = new Details(getTranslation("review.sectionComments"), perSection);
        sections.setId("section-comments");
        sections.setWidthFull();
        approve = new Button(getTranslation("review.approve"), e -> decide(task, Decision.APPROVE, comment.getValue(), conclusion.getValue()));
        approve.setId("approve");
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        Button ret = new Button(getTranslation("review.return"), e -> Confirm.ask(getTranslation("review.return"),
                getTranslation("confirm.return"), getTranslation("review.return"), true,
                () -> decide(task, Decision.RETURN, comment.getValue(), conclusion.getValue())));
        ret.setId("return");
        ret.addThemeVariants(ButtonVariant.LUMO_ERROR);
        approveBlocked.setId("approve-blocked");
        approveBlocked.addClassName("approve-blocked");
        HorizontalLayout buttons = new HorizontalLayout(approve, ret, approveBlocked);
        buttons.setAlignItems(Alignment.CENTER);
        panel.add(comment, sections, buttons);
        approvable();
        add(panel);
    }

    /** A finding sent back to change (退回修改) can only be returned: 同意 waits, and says why, until none is. */
    private void approvable() {
        if (approve == null) {
            return;
        }
        long toChange = choices.stream().filter(c -> c.chosen() == SecrecyChoice.CHANGE).count();
        approve.setEnabled(toChange == 0);
        approveBlocked.setText(toChange == 0 ? "" : getTranslation("review.approveBlocked", toChange));
        approveBlocked.setVisible(toChange > 0);
    }

    private void decide(WorkItem task, Decision decision, String comment, String conclusion) {
        // 保留 goes with its reason, 退回修改 with the key alone; no choice sends nothing (the domain names what is open)
        Map<String, String> reasons = new LinkedHashMap<>();
        Set<String> changes = new LinkedHashSet<>();
        for (SecrecyChoiceRow c : choices) {
            if (c.chosen() == SecrecyChoice.KEEP) {
                reasons.put(c.key(), c.reason());
            } else if (c.chosen() == SecrecyChoice.CHANGE) {
                changes.add(c.key());
            }
        }
        try {
            Map<String, String> bySection = new LinkedHashMap<>();
            sectionComments.forEach((k, a) -> {
                if (!a.getValue().isBlank()) {
                    bySection.put(k, a.getValue());
                }
            });
            workflow.complete(actor, task.taskId(), decision, comment, bySection, new SecrecyClearing(conclusion, reasons, changes));
            Notices.ok(getTranslation(decision == Decision.APPROVE ? "review.approved" : "review.returned"));
            show(reading.get(actor, id));
        } catch (Refusal e) {
            Notices.refused(e);
        }
    }

    /**
     * Publishing: now, or at a time; a scheduled time is shown with 改期 (another time), 取消定时 (back to waiting)
     * and 立即发布. Each step that goes public asks first.
     */
    private void publishPanel(Optional<java.time.Instant> scheduled) {
        VerticalLayout panel = new VerticalLayout();
        panel.setId("publish-panel");
        panel.addClassName("action-panel");
        panel.add(new H3(getTranslation("review.publishing")));
        Button now = new Button(getTranslation("review.publishNow"), e -> Confirm.ask(getTranslation("review.publishNow"),
                getTranslation("confirm.publish"), getTranslation("review.publishNow"), false,
                () -> act(() -> workflow.publishNow(actor, id), "review.published")));
        now.setId("publish");
        now.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        DateTimePicker at = new DateTimePicker(getTranslation(scheduled.isPresent() ? "review.rescheduleAt" : "review.scheduleAt"));
        at.setId("schedule-at");
        at.setMin(LocalDateTime.now(Dates.CHINA));
        // the picker works in minutes; a time set through the API may carry seconds
        scheduled.ifPresent(t -> at.setValue(LocalDateTime.ofInstant(t, Dates.CHINA).truncatedTo(java.time.temporal.ChronoUnit.MINUTES)));
        if (scheduled.isPresent()) {
            Paragraph when = new Paragraph(getTranslation("review.scheduledFor", Dates.time(scheduled.get())));
            when.setId("scheduled-for");
            Button move = new Button(getTranslation("review.reschedule"), e -> act(() ->
                    workflow.reschedulePublication(actor, id, chosen(at)), "review.rescheduled"));
            move.setId("reschedule");
            Button cancel = new Button(getTranslation("review.cancelSchedule"), e -> Confirm.ask(getTranslation("review.cancelSchedule"),
                    getTranslation("confirm.cancelSchedule"), getTranslation("review.cancelSchedule"), true,
                    () -> act(() -> workflow.cancelScheduledPublication(actor, id), "review.scheduleCancelled")));
            cancel.setId("cancel-schedule");
            HorizontalLayout row = new HorizontalLayout(at, move, cancel, now);
            row.setAlignItems(Alignment.BASELINE);
            panel.add(when, row);
        } else {
            Button schedule = new Button(getTranslation("review.schedule"), e -> act(() ->
                    workflow.schedulePublication(actor, id, chosen(at)), "review.scheduled"));
            schedule.setId("schedule");
            HorizontalLayout row = new HorizontalLayout(now, at, schedule);
            row.setAlignItems(Alignment.BASELINE);
            panel.add(row);
        }
        add(panel);
    }

    private java.time.Instant chosen(DateTimePicker at) {
        if (at.getValue() == null) {
            throw Refusal.invalid("BAD_TIME", getTranslation("review.pickTime"));
        }
        return at.getValue().atZone(Dates.CHINA).toInstant();
    }

    private void correctionPanel() {
        TextField reason = new TextField(getTranslation("review.correctionReason"));
        reason.setId("correction-reason");
        reason.setWidth("30em");
        BoundedText.apply(reason, TextLimit.CORRECTION_REASON);
        Button open = new Button(getTranslation("review.correction"), e -> Confirm.ask(getTranslation("review.correction"),
                getTranslation("confirm.correction"), getTranslation("review.correction"), true,
                () -> act(() -> workflow.openCorrection(actor, id, reason.getValue()), "review.correctionOpened")));
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
        // a return may come without a conclusion; the record says which decision it went with
        String conclusion = record.conclusion() == null ? getTranslation("review.noConclusion") : record.conclusion();
        Paragraph p = new Paragraph(getTranslation("action." + record.decision().name()) + "：" + conclusion
                + "（" + names.lookup().of(record.reviewer()) + "，" + Dates.time(record.reviewedAt()) + "）");
        p.setId("secrecy-record");
        add(p);
        record.clearances().forEach(c -> add(new Paragraph("「" + c.match() + "」：" + c.choice().label()
                + (c.reason() == null ? "" : "（" + c.reason() + "）"))));
    }

    private void history() {
        add(new H3(getTranslation("review.history")));
        Grid<HistoryEntry> grid = new Grid<>();
        grid.setId("history");
        grid.addColumn(h -> Dates.time(h.at())).setHeader(getTranslation("history.at")).setAutoWidth(true);
        PersonNames.Lookup people = names.lookup();
        grid.addColumn(h -> h.onBehalfOf() == null ? people.of(h.actor())
                : getTranslation("history.onBehalf", people.of(h.actor()), people.of(h.onBehalfOf())))
                .setHeader(getTranslation("history.actor"));
        grid.addColumn(h -> getTranslation("action." + h.action())).setHeader(getTranslation("history.action"));
        grid.addColumn(h -> h.stage() == null ? "" : getTranslation("stage." + h.stage())).setHeader(getTranslation("history.stage"));
        grid.addColumn(h -> h.comment() == null ? "" : h.comment()).setHeader(getTranslation("history.comment")).setFlexGrow(3);
        grid.setItems(reading.history(actor, id));
        grid.setAllRowsVisible(true);
        add(grid);
    }
}
