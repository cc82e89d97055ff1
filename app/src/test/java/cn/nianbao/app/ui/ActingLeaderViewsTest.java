package cn.nianbao.app.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.nianbao.app.ui.inbox.TaskList;
import cn.nianbao.domain.report.Decision;
import cn.nianbao.domain.report.HistoryEntry;
import cn.nianbao.domain.report.ReportDrafting;
import cn.nianbao.domain.report.ReportReading;
import cn.nianbao.domain.report.ReportStatus;
import cn.nianbao.domain.report.ReportView;
import cn.nianbao.domain.report.SecrecyClearing;
import cn.nianbao.domain.rule.Finding;
import cn.nianbao.domain.rule.Severity;
import cn.nianbao.domain.unit.UnitService;
import cn.nianbao.domain.user.ActingLeaders;
import cn.nianbao.domain.user.Role;
import cn.nianbao.domain.user.UserAccount;
import cn.nianbao.domain.user.UserAccountService;
import cn.nianbao.workflow.ReportApprovalWorkflow;

/**
 * 代理签发 in the UI: the leader names a deputy on the home page; the deputy is told, finds the 领导签发 task,
 * signs off, and the history reads "代 <leader>"; the leader ends the period and the task is no longer the deputy's.
 */
class ActingLeaderViewsTest extends KaribuTest {

    @Autowired UserAccountService accounts;
    @Autowired UnitService units;
    @Autowired ReportDrafting drafting;
    @Autowired ReportReading reading;
    @Autowired ReportApprovalWorkflow workflow;
    @Autowired ActingLeaders acting;

    /** A 2022 report of 兰河乡, through 保密审查: it waits for 领导签发. */
    private Long waitingForTheLeader(Drafts drafts) {
        ReportView r = drafts.filled("lanhe.clerk", "lanxi-lanhe", 2022);
        drafts.submit("lanhe.clerk", r.id());
        var secrecy = drafts.actor("lanhe.secrecy");
        Map<String, String> reasons = new HashMap<>();
        for (Finding f : drafting.validate(secrecy, r.id()).of(Severity.REVIEW)) {
            reasons.put(f.clearanceKey(), "经核实可以公开");
        }
        String task = workflow.openTasks(secrecy).stream().filter(t -> t.reportId().equals(r.id())).findFirst().orElseThrow().taskId();
        workflow.complete(secrecy, task, Decision.APPROVE, "同意", Map.of(), new SecrecyClearing("经审查不涉密，同意公开。", reasons));
        return r.id();
    }

    @Test
    void the_leader_names_a_deputy_who_signs_off_for_the_leader_until_the_period_ends() {
        Drafts drafts = new Drafts(ctx);
        Long unitId = units.findByCode("lanxi-lanhe").orElseThrow().id();
        if (accounts.find("lanhe.deputy").isEmpty()) {
            accounts.createDemo("lanhe.deputy", "demo", "兰河乡副乡长", "lanhe.deputy@lanxi.example");
            accounts.grant("lanhe.deputy", Role.CLERK, unitId);
        }
        Long id = waitingForTheLeader(drafts);

        as("lanhe.leader", "");
        Div card = _get(Div.class, s -> s.withId("acting-lanxi-lanhe"));
        assertThat(card.getElement().getTextRecursively()).contains("代理签发");
        @SuppressWarnings("unchecked")
        Select<UserAccount> who = _get(Select.class, s -> s.withId("acting-person"));
        UserAccount deputy = who.getListDataView().getItems().filter(u -> u.username().equals("lanhe.deputy")).findFirst().orElseThrow();
        assertThat(who.getListDataView().getItems().map(UserAccount::username)).doesNotContain("lanhe.leader");
        _setValue(who, deputy);
        LocalDate today = _get(DatePicker.class, s -> s.withId("acting-from")).getValue();
        _setValue(_get(DatePicker.class, s -> s.withId("acting-to")), today.plusDays(4));
        _click(_get(Button.class, s -> s.withId("acting-name")));
        assertThat(_find(Paragraph.class, s -> s.withClasses("acting-period")))
                .extracting(Paragraph::getText).containsExactly("兰河乡副乡长 正在代理签发：" + today + " 至 " + today.plusDays(4));

        as("lanhe.deputy", "");
        assertThat(_get(Paragraph.class, s -> s.withId("acting-note-lanxi-lanhe")).getText())
                .isEqualTo("您正在代 兰河乡分管领导 签发兰河乡的报告，至 " + today.plusDays(4) + " 结束");
        assertThat(_get(TaskList.class).shown()).anySatisfy(t -> assertThat(t.reportId()).isEqualTo(id));
        UI_navigate("reports/" + id);
        _click(_get(Button.class, s -> s.withId("approve")));
        assertThat(reading.get(drafts.actor("county"), id).status()).isEqualTo(ReportStatus.IN_COUNTY_REVIEW);
        HistoryEntry signed = reading.history(drafts.actor("county"), id).stream()
                .filter(h -> "LEADER_SIGNOFF".equals(h.stage())).findFirst().orElseThrow();
        assertThat(signed.actor()).isEqualTo("lanhe.deputy");
        assertThat(signed.onBehalfOf()).isEqualTo("lanhe.leader");
        @SuppressWarnings("unchecked")
        Grid<HistoryEntry> history = _get(Grid.class, s -> s.withId("history"));
        boolean shown = false;
        for (int i = 0; i < GridKt._size(history); i++) {
            shown |= GridKt._getFormattedRow(history, i).contains("兰河乡副乡长（代 兰河乡分管领导）");
        }
        assertThat(shown).as("the history names the deputy for the leader").isTrue();

        // the leader ends the period: the deputy is a clerk again
        as("lanhe.leader", "");
        Button end = _find(Button.class, s -> s.withPredicate(b -> b.getId().orElse("").startsWith("acting-end-"))).get(0);
        _click(end);
        _click(_get(Button.class, s -> s.withId("confirm-yes")));
        assertThat(_find(Paragraph.class, s -> s.withClasses("acting-period"))).isEmpty();
        assertThat(accounts.actor("lanhe.deputy").orElseThrow().acting()).isEmpty();
        as("lanhe.deputy", "");
        assertThat(_find(Paragraph.class, s -> s.withId("acting-note-lanxi-lanhe"))).isEmpty();
    }

    private static void UI_navigate(String route) {
        com.vaadin.flow.component.UI.getCurrent().navigate(route);
    }
}
