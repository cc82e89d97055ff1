package cn.nianbao.app.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.nianbao.app.ui.home.HomeView;
import cn.nianbao.app.ui.inbox.TaskList;
import cn.nianbao.domain.deadline.DeadlineService;
import cn.nianbao.domain.notification.NotificationService;
import cn.nianbao.domain.refusal.Refusal;
import cn.nianbao.domain.report.ReportDrafting;
import cn.nianbao.domain.report.ReportReading;
import cn.nianbao.domain.report.ReportYear;
import cn.nianbao.domain.unit.UnitService;

/** The home page answers "what do I do now" for each role. */
class HomePageTest extends KaribuTest {

    @Autowired Clock clock;
    @Autowired ReportReading reading;
    @Autowired ReportDrafting drafting;
    @Autowired NotificationService notifications;
    @Autowired DeadlineService deadlines;
    @Autowired UnitService units;

    @Test
    void a_new_clerk_sees_the_button_for_the_report_year_and_the_deadline_then_the_report_it_created() {
        int year = ReportYear.current(clock);
        assertThat(year).isEqualTo(LocalDate.now(clock.withZone(Dates.CHINA)).getYear() - 1);
        as("yulin.clerk", "");
        _get(HomeView.class);
        Button create = _get(Button.class, s -> s.withId("home-new-lanxi-yulin"));
        assertThat(create.getText()).isEqualTo("新建 " + year + " 年度报告");
        LocalDate due = deadlines.deadline(units.findByCode("lanxi-yulin").orElseThrow().countyId(), year);
        assertThat(_get(Paragraph.class, s -> s.withId("home-deadline-lanxi-yulin")).getText())
                .startsWith("截止日期 " + due).containsPattern("(还有|已逾期) \\d+ 天");

        _click(create);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).matches("reports/\\d+/edit");
        assertThat(reading.find(new Drafts(ctx).actor("yulin.clerk"), "lanxi-yulin", year)).isPresent();

        UI.getCurrent().navigate("");
        assertThat(_get(Paragraph.class, s -> s.withId("home-status-lanxi-yulin")).getText())
                .contains("草稿", "2021年版格式").doesNotContain("GOV_");
        _get(Button.class, s -> s.withId("home-open-lanxi-yulin").withText("继续填写"));
    }

    @Test
    void no_report_more_than_a_year_ahead_of_the_report_year_is_created() {
        int tooFar = ReportYear.current(clock) + 2;
        assertThatThrownBy(() -> drafting.createDraft(new Drafts(ctx).actor("beian.clerk"), "lanxi-beian", tooFar))
                .isInstanceOf(Refusal.class)
                .hasMessage(tooFar + "年度的报告还不能创建：现在填报的是" + (tooFar - 2) + "年度，最多可提前创建" + (tooFar - 1) + "年度的报告");
    }

    @Test
    void a_reviewer_sees_the_tasks_first() {
        as("lanhe.secrecy", "");
        HomeView home = _get(HomeView.class);
        assertThat(home.getComponentAt(1)).isInstanceOf(TaskList.class);
    }

    @SuppressWarnings("unchecked")
    private Button remindButton(String unitCode) {
        Grid<Object> grid = _get(Grid.class, s -> s.withId("overdue-units"));
        for (int i = 0; i < GridKt._size(grid); i++) {
            Button b = (Button) GridKt._getCellComponent(grid, i, "remind");
            if (b.getId().orElse("").equals("remind-" + unitCode)) {
                return b;
            }
        }
        throw new AssertionError("no 催办 for " + unitCode);
    }

    @Test
    void the_county_office_sees_the_year_by_status_and_reminds_an_overdue_unit_whose_clerk_is_told() {
        int year = ReportYear.current(clock);
        as("county", "");
        assertThat(_get(Span.class, s -> s.withId("count-NONE")).getText()).startsWith("未创建 ");
        _get(Span.class, s -> s.withId("count-DRAFT"));
        LocalDate due = deadlines.deadline(units.findByCode("lanxi").orElseThrow().id(), year);
        if (!LocalDate.now(clock.withZone(Dates.CHINA)).isAfter(due)) {
            return; // before the deadline nobody is overdue; the reminder is tested once the deadline has passed
        }
        long before = notifications.unread("yulin.clerk");
        _click(remindButton("lanxi-yulin"));
        assertThat(notifications.unread("yulin.clerk")).isEqualTo(before + 1);
        assertThat(notifications.latest("yulin.clerk", 1).get(0).title()).isEqualTo("榆林镇" + year + "年度报告催办");
        // a second 催办 while the first is unread tells nobody twice
        _click(remindButton("lanxi-yulin"));
        assertThat(notifications.unread("yulin.clerk")).isEqualTo(before + 1);
    }
}
