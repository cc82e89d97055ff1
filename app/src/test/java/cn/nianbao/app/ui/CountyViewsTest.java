package cn.nianbao.app.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.nianbao.app.ui.county.CockpitView;
import cn.nianbao.domain.deadline.DeadlineService;
import cn.nianbao.domain.format.CellDef;
import cn.nianbao.domain.report.ReportStatus;
import cn.nianbao.domain.sensitive.SensitiveWordService;
import cn.nianbao.domain.unit.UnitService;

/** The county office's views: cockpit, totals with drill-down, and its part of the administration. */
class CountyViewsTest extends KaribuTest {

    @Autowired SensitiveWordService words;
    @Autowired DeadlineService deadlines;
    @Autowired UnitService units;

    @Test
    void the_cockpit_lists_every_unit_of_the_county_with_its_status() {
        as("county", "county");
        _setValue(_get(Select.class, s -> s.withId("cockpit-year")), 2020);
        var lines = _get(CockpitView.class).lines();
        assertThat(lines).extracting(l -> l.unit().code()).contains("lanxi-lanhe", "lanxi-yulin", "lanxi-beian", "lanxi-fgj");
        assertThat(lines).filteredOn(l -> l.unit().code().equals("lanxi-lanhe")).singleElement()
                .satisfies(l -> assertThat(l.report().status()).isEqualTo(ReportStatus.PUBLISHED));
        _setValue(_get(ComboBox.class, s -> s.withId("cockpit-status")), "PUBLISHED");
        assertThat(_get(CockpitView.class).lines()).extracting(l -> l.unit().code()).containsExactly("lanxi-lanhe");
    }

    @Test
    void totals_show_the_published_count_and_drill_down_to_units() {
        as("county", "county/totals");
        _setValue(_get(Select.class, s -> s.withId("totals-year")), 2020);
        assertThat(_get(Paragraph.class, s -> s.withId("totals-count")).getText()).contains("1");
        @SuppressWarnings("unchecked")
        ComboBox<CellDef> cell = _get(ComboBox.class, s -> s.withId("drill-cell"));
        CellDef received = cell.getGenericDataView().getItems().filter(c -> c.key().equals("s3.new_received.total")).findFirst().orElseThrow();
        _setValue(cell, received);
        Grid<?> drill = _get(Grid.class, s -> s.withId("drill"));
        assertThat(GridKt._size(drill)).isEqualTo(units.children(units.findByCode("lanxi").orElseThrow().id()).size());
    }

    @Test
    void the_county_office_keeps_its_sensitive_words_and_deadline_but_not_units_or_users() {
        as("county", "admin");
        _setValue(_get(TextField.class, s -> s.withId("word")), "测试敏感词");
        _click(_get(Button.class, s -> s.withId("word-add")));
        Long county = units.findByCode("lanxi").orElseThrow().id();
        assertThat(words.words(county)).contains("测试敏感词");

        _setValue(_get(IntegerField.class, s -> s.withId("deadline-year")), 2030);
        _setValue(_get(DatePicker.class, s -> s.withId("deadline-date")), LocalDate.of(2031, 1, 20));
        _click(_get(Button.class, s -> s.withId("deadline-save")));
        assertThat(deadlines.deadline(county, 2030)).isEqualTo(LocalDate.of(2031, 1, 20));

        assertThat(_find(Grid.class, s -> s.withId("units"))).isEmpty();
        assertThat(_find(Button.class, s -> s.withId("user-add"))).isEmpty();
    }

    @Test
    void a_clerk_cannot_open_the_county_views() {
        // the view's @RolesAllowed is enforced by Vaadin's access control on the server
        as("lanhe.clerk", "county");
        assertThat(_find(CockpitView.class)).isEmpty();
        assertThat(_get(com.vaadin.flow.component.html.H2.class, s -> s.withId("access-denied")).getText()).isEqualTo("您没有权限查看此页面");
    }
}
