package cn.nianbao.app.ui;

import cn.nianbao.app.ui.editor.EditorCells;
import cn.nianbao.app.ui.editor.EditorTools;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.nianbao.app.ui.editor.FindingsPanel;
import cn.nianbao.domain.notification.NotificationView;
import cn.nianbao.domain.report.ReportReading;
import cn.nianbao.domain.report.ReportStatus;
import cn.nianbao.domain.user.UserAccountService;
import cn.nianbao.app.ui.editor.EditorTexts;

/** Each role's journey through the UI, from a new draft to the published report. */
class RoleJourneyTest extends KaribuTest {

    @Autowired ReportReading reading;
    @Autowired UserAccountService accounts;

    private Long currentReportId() {
        String path = UI.getCurrent().getInternals().getActiveViewLocation().getPath();
        return Long.valueOf(path.split("/")[1]);
    }

    private ReportStatus status(Long id) {
        return reading.get(accounts.actor("county").orElseThrow(), id).status();
    }

    private void text(String section, String value) {
        EditorTexts.type(section, value);
    }

    private void cell(String key, String value) {
        EditorCells.type(key, value);
    }

    private List<String> findings() {
        return _get(FindingsPanel.class).messages();
    }

    private void submitExplainingEveryWarning() {
        EditorTools.click("submit");
        for (TextArea a : _find(TextArea.class, s -> s.withPredicate(t -> t.getElement().hasAttribute("data-key")))) {
            _setValue(a, "本乡本年度未开展年度考核，已向县政府办说明。");
        }
        _click(_get(Button.class, s -> s.withId("confirm-submit")));
    }

    @Test
    void clerk_reviewer_leader_and_county_take_a_report_from_draft_to_published() {
        // the clerk creates next year's draft: the 2021 format, prefilled from the published 2020 report
        as("lanhe.clerk", "reports");
        _click(_get(Button.class, s -> s.withId("new-report-lanxi-lanhe")));
        Long id = currentReportId();
        assertThat(reading.get(accounts.actor("lanhe.clerk").orElseThrow(), id).content().formatId()).isEqualTo("GOV_2021");
        assertThat(EditorCells.text("s3.carried_over.natural_person")).isEqualTo("0");

        text("s1", "2021年，兰河乡坚持以公开为常态、不公开为例外，推进政务公开工作，及时公开惠民政策和财政信息。");
        text("s3", "本年度共收到政府信息公开申请2件，予以公开2件。");
        text("s4", "本年度没有行政复议和行政诉讼。");
        text("s5", "主要问题是政策解读形式单一，下一步将增加图解等形式。");
        text("s6", "本年度未收取信息处理费。联系电话13812345678。");
        for (String key : EditorCells.keys()) {
            if (!EditorCells.computed(key) && EditorCells.text(key).isEmpty()) {
                EditorCells.type(key, "0");
            }
        }

        // a broken column shows an S3-BAL error, with its cells marked
        cell("s3.new_received.natural_person", "2");
        assertThat(findings()).anyMatch(m -> m.contains("自然人列 第一项加第二项之和（2）不等于第三项加第四项之和（0）"));
        assertThat(EditorCells.mark("s3.new_received.natural_person")).isEqualTo("cell-flagged");
        assertThat(EditorCells.text("s3.new_received.total")).isEqualTo("2");

        // fixed: the outcome row balances it, the totals are computed
        cell("s3.granted.natural_person", "2");
        assertThat(findings()).noneMatch(m -> m.contains("第一项加第二项之和"));
        assertThat(EditorCells.text("s3.result_total.natural_person")).isEqualTo("2");
        assertThat(findings()).anyMatch(m -> m.startsWith("保密预审") && m.contains("手机号码"));

        submitExplainingEveryWarning();
        assertThat(status(id)).isEqualTo(ReportStatus.IN_SECRECY_REVIEW);

        // 保密审查: the reviewer clears the phone number finding but returns the report with a comment
        as("lanhe.secrecy", "reports/" + id);
        _setValue(_get(TextField.class, s -> s.withId("clear-0")), "号码为个人手机，应删除");
        _setValue(_get(TextArea.class, s -> s.withId("comment")), "第六部分含有个人手机号，请删除后重新提交");
        _click(_get(Button.class, s -> s.withId("return")));
        _click(_get(Button.class, s -> s.withId("confirm-yes")));
        assertThat(status(id)).isEqualTo(ReportStatus.RETURNED);

        // the clerk reads the comment, fixes the text and resubmits
        as("lanhe.clerk", "inbox");
        Grid<NotificationView> notes = _get(Grid.class, s -> s.withId("notifications"));
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < GridKt._size(notes); i++) {
            bodies.add(GridKt._get(notes, i).body());
        }
        assertThat(bodies).anyMatch(b -> b.contains("第六部分含有个人手机号"));
        UI.getCurrent().navigate("reports/" + id + "/edit");
        text("s6", "本年度未收取信息处理费。");
        submitExplainingEveryWarning();
        assertThat(status(id)).isEqualTo(ReportStatus.IN_SECRECY_REVIEW);

        // the reviewer now sees what changed, and approves with a conclusion
        as("lanhe.secrecy", "reports/" + id);
        assertThat(_find(com.vaadin.flow.component.html.Div.class, s -> s.withId("changes"))).hasSize(1);
        _setValue(_get(TextArea.class, s -> s.withId("conclusion")), "经审查，报告不涉及国家秘密和个人信息，同意公开。");
        _click(_get(Button.class, s -> s.withId("approve")));
        assertThat(status(id)).isEqualTo(ReportStatus.IN_LEADER_SIGNOFF);

        as("lanhe.leader", "reports/" + id);
        _click(_get(Button.class, s -> s.withId("approve")));
        assertThat(status(id)).isEqualTo(ReportStatus.IN_COUNTY_REVIEW);

        as("county", "reports/" + id);
        _click(_get(Button.class, s -> s.withId("approve")));
        assertThat(status(id)).isEqualTo(ReportStatus.APPROVED);
        _click(_get(Button.class, s -> s.withId("publish")));
        _click(_get(Button.class, s -> s.withId("confirm-yes")));
        assertThat(status(id)).isEqualTo(ReportStatus.PUBLISHED);

        // a clerk of another township is told the report does not exist, whatever the URL
        as("yulin.clerk", "reports/" + id);
        assertThat(_get(H2.class, s -> s.withId("not-found")).getText()).isEqualTo("报告不存在或您无权查看");
        UI.getCurrent().navigate("reports/" + id + "/edit");
        _get(H2.class, s -> s.withText("报告不存在或您无权查看"));
        UI.getCurrent().navigate("reports");
        Grid<cn.nianbao.domain.report.ReportSummary> list = _get(Grid.class, s -> s.withId("reports"));
        for (int i = 0; i < GridKt._size(list); i++) {
            assertThat(GridKt._get(list, i).unitCode()).isEqualTo("lanxi-yulin");
        }
    }
}
