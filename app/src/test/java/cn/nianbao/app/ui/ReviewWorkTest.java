package cn.nianbao.app.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.nianbao.app.ui.inbox.TaskList;
import cn.nianbao.domain.content.ReportContent;
import cn.nianbao.domain.format.ReportFormats;
import cn.nianbao.domain.notification.NotificationView;
import cn.nianbao.domain.report.ReportDrafting;
import cn.nianbao.domain.report.ReportReading;
import cn.nianbao.domain.report.ReportReview;
import cn.nianbao.domain.report.ReportStatus;
import cn.nianbao.domain.report.ReportView;
import cn.nianbao.domain.report.ReportYear;
import cn.nianbao.domain.report.WorkStep;
import cn.nianbao.domain.user.Actor;
import cn.nianbao.workflow.ReportApprovalWorkflow;

/**
 * Reasons and changes where the work is: a return with section comments reaches the clerk's editor, the reviewer
 * reads the resubmission as a diff, and the county office controls the publication time.
 */
class ReviewWorkTest extends KaribuTest {

    @Autowired ReportReading reading;
    @Autowired ReportDrafting drafting;
    @Autowired ReportReview review;
    @Autowired ReportApprovalWorkflow workflow;
    @Autowired ReportFormats formats;
    @Autowired Clock clock;

    private Drafts drafts;

    private String path() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
    }

    private Actor actor(String name) {
        return drafts.actor(name);
    }

    private ReportStatus status(Long id) {
        return reading.get(actor("county"), id).status();
    }

    private void confirm() {
        _click(_get(Button.class, s -> s.withId("confirm-yes")));
    }

    private void clearEveryFinding() {
        for (TextField f : _find(TextField.class, s -> s.withPredicate(t -> t.getId().orElse("").startsWith("clear-")))) {
            _setValue(f, "经核实可以公开");
        }
    }

    @Test
    void a_return_reaches_the_editor_the_resubmission_reads_as_a_diff_and_the_publication_time_is_controlled() {
        drafts = new Drafts(ctx);
        int year = ReportYear.current(clock);
        ReportView r = drafts.filled("beian.clerk", "lanxi-beian", year);
        Long id = r.id();
        drafts.submit("beian.clerk", id);

        // 保密审查 returns with a comment for the whole report, one for section six, and a conclusion
        as("beian.secrecy", "reports/" + id);
        _setValue(_get(TextArea.class, s -> s.withId("comment")), "请按意见修改后重新提交");
        _setValue(_get(TextArea.class, s -> s.withId("section-s6")), "请写明信息处理费的收取依据");
        _setValue(_get(TextArea.class, s -> s.withId("conclusion")), "第六部分表述不完整，暂不同意公开");
        _click(_get(Button.class, s -> s.withId("return")));
        assertThat(status(id)).isEqualTo(ReportStatus.IN_SECRECY_REVIEW);
        confirm();
        assertThat(status(id)).isEqualTo(ReportStatus.RETURNED);
        assertThat(review.secrecyRecord(actor("county"), id)).get()
                .satisfies(rec -> assertThat(rec.conclusion()).isEqualTo("第六部分表述不完整，暂不同意公开"));

        // the clerk's notification leads to the editor, where the reasons stand at the top and at section six
        as("beian.clerk", "inbox");
        Grid<NotificationView> notes = _get(Grid.class, s -> s.withId("notifications"));
        int row = -1;
        for (int i = 0; i < GridKt._size(notes); i++) {
            if (id.equals(GridKt._get(notes, i).reportId())) {
                row = i;
                break;
            }
        }
        assertThat(row).isNotNegative();
        GridKt._clickItem(notes, row);
        assertThat(path()).isEqualTo("reports/" + id + "/edit");
        String top = _get(Div.class, s -> s.withId("return-reasons")).getElement().getTextRecursively();
        assertThat(top).contains("保密审查", "北安乡保密审查员", "请按意见修改后重新提交", "请写明信息处理费的收取依据")
                .doesNotContain("beian.secrecy");
        org.jsoup.nodes.Document form = org.jsoup.Jsoup.parse(cn.nianbao.app.ui.editor.EditorTexts.formHtml());
        assertThat(form.getElementById("return-s6").text()).contains("请写明信息处理费的收取依据");
        assertThat(form.getElementById("return-s1")).isNull();

        // the clerk revises a text and a cell and resubmits: the reasons are answered
        ReportView stored = reading.get(actor("beian.clerk"), id);
        ReportContent revised = stored.content()
                .withText("s6", stored.content().text("s6").replace("未收取信息处理费", "依据有关规定未收取信息处理费"))
                .withCell("s2.art20_5.licensing.decisions", java.math.BigDecimal.valueOf(3));
        drafting.update(actor("beian.clerk"), id, stored.version(), revised);
        drafts.submit("beian.clerk", id);
        assertThat(ReturnReasons.open(reading.history(actor("beian.clerk"), id),
                formats.get(stored.summary().formatId()).sections())).isEmpty();

        // the reviewer sees the text change word by word and the cell as old → new
        as("beian.secrecy", "reports/" + id);
        Div changes = _get(Div.class, s -> s.withId("changes"));
        String html = changes.getElement().getOuterHTML();
        assertThat(html).contains("<ins>依据有关规定</ins>").contains("0 → 3");
        _setValue(_get(TextArea.class, s -> s.withId("conclusion")), "经审查，不涉及国家秘密，同意公开。");
        clearEveryFinding();
        _click(_get(Button.class, s -> s.withId("approve")));
        assertThat(status(id)).isEqualTo(ReportStatus.IN_LEADER_SIGNOFF);
        as("beian.leader", "reports/" + id);
        _click(_get(Button.class, s -> s.withId("approve")));

        // the county office's inbox filters its tasks by unit, step and overdue
        as("county", "inbox");
        TaskList tasks = _get(TaskList.class);
        _setValue(_get(ComboBox.class, s -> s.withId("filter-unit")), "兰西县北安乡人民政府");
        assertThat(tasks.shown()).isNotEmpty().allMatch(t -> t.unitName().equals("兰西县北安乡人民政府"));
        assertThat(tasks.shown()).anyMatch(t -> t.reportId().equals(id) && t.step() == WorkStep.COUNTY_REVIEW);
        _setValue(_get(Checkbox.class, s -> s.withId("filter-overdue")), true);
        assertThat(tasks.shown()).allMatch(t -> t.due() != null && t.due().isBefore(clock.instant()));

        UI.getCurrent().navigate("reports/" + id);
        _click(_get(Button.class, s -> s.withId("approve")));
        assertThat(status(id)).isEqualTo(ReportStatus.APPROVED);

        // schedule, move, cancel, then publish now (with a confirmation)
        LocalDateTime inTwoDays = LocalDateTime.now(Dates.CHINA).plusDays(2).withSecond(0).withNano(0);
        _setValue(_get(DateTimePicker.class, s -> s.withId("schedule-at")), inTwoDays);
        _click(_get(Button.class, s -> s.withId("schedule")));
        assertThat(reading.scheduledPublication(actor("county"), id)).isPresent();
        assertThat(_get(Paragraph.class, s -> s.withId("scheduled-for")).getText())
                .isEqualTo("已定时发布：" + inTwoDays.toString().replace('T', ' ') + "（北京时间）");
        LocalDateTime inThreeDays = inTwoDays.plusDays(1);
        _setValue(_get(DateTimePicker.class, s -> s.withId("schedule-at")), inThreeDays);
        _click(_get(Button.class, s -> s.withId("reschedule")));
        assertThat(reading.scheduledPublication(actor("county"), id)).contains(inThreeDays.atZone(Dates.CHINA).toInstant());
        _click(_get(Button.class, s -> s.withId("cancel-schedule")));
        confirm();
        assertThat(reading.scheduledPublication(actor("county"), id)).isEmpty();
        assertThat(workflow.openTasks(actor("county"))).anyMatch(t -> t.reportId().equals(id) && t.step() == WorkStep.PUBLISH);
        _click(_get(Button.class, s -> s.withId("publish")));
        assertThat(status(id)).isEqualTo(ReportStatus.APPROVED);
        confirm();
        assertThat(status(id)).isEqualTo(ReportStatus.PUBLISHED);
        List<String> history = reading.history(actor("county"), id).stream().map(h -> h.comment() == null ? "" : h.comment()).toList();
        assertThat(history).anyMatch(c -> c.startsWith("取消定时发布（原定 " + inThreeDays.toString().replace('T', ' ')));
    }

    @Test
    void the_clerk_withdraws_a_submission_before_the_first_decision_after_confirming() {
        drafts = new Drafts(ctx);
        ReportView r = drafts.filled("yulin.clerk", "lanxi-yulin", 2024);
        drafts.submit("yulin.clerk", r.id());
        as("yulin.clerk", "reports/" + r.id());
        _click(_get(Button.class, s -> s.withId("withdraw")));
        _click(_get(Button.class, s -> s.withId("confirm-no")));
        assertThat(status(r.id())).isEqualTo(ReportStatus.IN_SECRECY_REVIEW);
        _click(_get(Button.class, s -> s.withId("withdraw")));
        confirm();
        assertThat(status(r.id())).isEqualTo(ReportStatus.DRAFT);
        assertThat(_find(Button.class, s -> s.withId("withdraw"))).isEmpty();
    }
}
