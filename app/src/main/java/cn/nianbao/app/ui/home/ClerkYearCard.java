package cn.nianbao.app.ui.home;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;

import cn.nianbao.app.ui.Dates;
import cn.nianbao.app.ui.Labels;
import cn.nianbao.app.ui.Notices;
import cn.nianbao.app.ui.PersonNames;
import cn.nianbao.app.ui.ReportLinks;
import cn.nianbao.app.ui.ReturnReasons;
import cn.nianbao.domain.deadline.DeadlineService;
import cn.nianbao.domain.format.ReportFormats;
import cn.nianbao.domain.refusal.Refusal;
import cn.nianbao.domain.report.ReportDrafting;
import cn.nianbao.domain.report.ReportReading;
import cn.nianbao.domain.report.ReportStatus;
import cn.nianbao.domain.report.ReportView;
import cn.nianbao.domain.report.ReviewStage;
import cn.nianbao.domain.unit.UnitView;
import cn.nianbao.domain.user.Actor;

/**
 * A clerk's unit and the year being reported: the report's status, the deadline and the days left, and a return
 * to act on; before the report exists, the button that creates it.
 */
final class ClerkYearCard extends Div {

    ClerkYearCard(UnitView unit, int year, Actor actor, ReportDrafting drafting, ReportReading reading,
                  DeadlineService deadlines, PersonNames names, ReportFormats formats, Clock clock) {
        setId("home-clerk-" + unit.code());
        addClassName("home-card");
        add(new H3(getTranslation("home.clerk.title", unit.shortName(), String.valueOf(year))));
        LocalDate due = deadlines.deadline(unit.countyId(), year);
        Optional<ReportView> report = reading.find(actor, unit.code(), year);
        boolean published = report.map(r -> r.status() == ReportStatus.PUBLISHED).orElse(false);
        Paragraph deadline = new Paragraph(deadlineText(due, LocalDate.now(clock.withZone(Dates.CHINA)), published));
        deadline.setId("home-deadline-" + unit.code());
        if (report.isEmpty()) {
            add(new Paragraph(getTranslation("home.clerk.none")), deadline);
            Button create = new Button(getTranslation("reports.new", String.valueOf(year)), e -> {
                try {
                    ReportView created = drafting.createDraft(actor, unit.code(), year);
                    Notices.ok(getTranslation("reports.created", String.valueOf(year), Labels.format(created.summary().formatId())));
                    getUI().ifPresent(ui -> ui.navigate("reports/" + created.id() + "/edit"));
                } catch (Refusal ex) {
                    Notices.refused(ex);
                }
            });
            create.setId("home-new-" + unit.code());
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(create);
            return;
        }
        ReportView r = report.get();
        Paragraph status = new Paragraph(getTranslation("reports.status") + "：" + Labels.status(r.status())
                + "　" + Labels.format(r.summary().formatId()));
        status.setId("home-status-" + unit.code());
        add(status, deadline);
        if (r.status() == ReportStatus.RETURNED) {
            var sections = formats.get(r.summary().formatId()).sections();
            ReturnReasons.open(reading.history(actor, r.id()), sections)
                    .ifPresent(reasons -> add(returned(reasons, sections, names)));
        }
        Button open = new Button(getTranslation(r.status().editable() ? "home.clerk.edit" : "home.clerk.view"),
                e -> getUI().ifPresent(ui -> ui.navigate(ReportLinks.of(actor, r.summary()))));
        open.setId("home-open-" + unit.code());
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(open);
    }

    private Div returned(ReturnReasons reasons, java.util.List<cn.nianbao.domain.format.SectionDef> sections, PersonNames names) {
        Div box = new Div();
        box.setId("home-return");
        box.addClassName("return-note");
        String stage = reasons.stage() == null ? "" : getTranslation("stage." + ReviewStage.valueOf(reasons.stage()).name());
        box.add(new Paragraph(getTranslation("return.heading", stage, names.lookup().of(reasons.by()), Dates.time(reasons.at()))));
        reasons.all(sections).forEach(t -> box.add(new Paragraph(t)));
        return box;
    }

    private String deadlineText(LocalDate due, LocalDate today, boolean published) {
        long days = ChronoUnit.DAYS.between(today, due);
        if (published) {
            return getTranslation("home.deadline.done", Dates.day(due));
        }
        return days >= 0 ? getTranslation("home.deadline.left", Dates.day(due), days)
                : getTranslation("home.deadline.over", Dates.day(due), -days);
    }
}
