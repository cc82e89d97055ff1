package cn.nianbao.app.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.nianbao.app.ui.county.AreaView;
import cn.nianbao.domain.interchange.ReportJsonCodec;
import cn.nianbao.domain.report.AreaCockpit;
import cn.nianbao.domain.report.PublishedReports;

/** 辖区工作台: the city office oversees its counties and drills down; a county office stays in its county; a clerk is refused. */
class AreaViewTest extends KaribuTest {

    @Autowired PublishedReports published;
    @Autowired ReportJsonCodec codec;

    @Test
    void the_city_office_sees_its_counties_with_their_counts_drills_down_and_opens_a_published_report() {
        as("city", "area");
        _setValue(_get(Select.class, s -> s.withId("area-year")), 2020);
        AreaView view = _get(AreaView.class);
        assertThat(view.path()).extracting(AreaView.Crumb::name).containsExactly("绥化市人民政府");
        assertThat(view.rows()).extracting(AreaCockpit.Row::name)
                .contains("兰西县人民政府", "青冈县人民政府", "绥化市发展和改革委员会");
        AreaCockpit.Row lanxi = view.rows().stream().filter(r -> r.code().equals("lanxi")).findFirst().orElseThrow();
        assertThat(lanxi.area()).isTrue();
        assertThat(lanxi.below()).containsEntry("PUBLISHED", 1L);
        AreaCockpit.Row qinggang = view.rows().stream().filter(r -> r.code().equals("qinggang")).findFirst().orElseThrow();
        assertThat(qinggang.below()).doesNotContainKey("PUBLISHED");
        assertThat(view.rows()).filteredOn(r -> r.code().equals("suihua-fgw")).singleElement()
                .satisfies(r -> assertThat(r.area()).isFalse());

        Grid<?> grid = _get(Grid.class, s -> s.withId("area"));
        int row = view.rows().indexOf(lanxi);
        assertThat(GridKt._getFormattedRow(grid, row)).anySatisfy(text -> assertThat(text).contains("已发布 1"));
        assertThat(_get(Paragraph.class, s -> s.withId("area-page")).getText()).contains("第 1 / 1 页");

        _click((Button) GridKt._getCellComponent(grid, row, "name"));
        assertThat(view.path()).extracting(AreaView.Crumb::code).containsExactly("suihua", "lanxi");
        assertThat(view.rows()).extracting(AreaCockpit.Row::name)
                .contains("兰西县兰河乡人民政府", "兰西县榆林镇人民政府", "兰西县北安乡人民政府", "兰西县发展和改革局");
        AreaCockpit.Row lanhe = view.rows().stream().filter(r -> r.code().equals("lanxi-lanhe")).findFirst().orElseThrow();
        assertThat(lanhe.status()).isEqualTo("PUBLISHED");
        assertThat(GridKt._getFormattedRow(grid, view.rows().indexOf(lanhe))).contains("已发布");

        // back up through the breadcrumb, then down again and into the report
        view.up(0);
        assertThat(view.path()).extracting(AreaView.Crumb::code).containsExactly("suihua");
        view.drill("lanxi", "兰西县人民政府");
        grid = _get(Grid.class, s -> s.withId("area"));
        _click((Button) GridKt._getCellComponent(grid, view.rows().indexOf(
                view.rows().stream().filter(r -> r.code().equals("lanxi-lanhe")).findFirst().orElseThrow()), "name"));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("reports/" + lanhe.reportId());
    }

    @Test
    void the_totals_of_the_city_sum_the_published_reports_below_it_with_labels_not_codes() throws Exception {
        // a published 2019 report of a 青冈县 township with one number, beside nothing else published that year
        ObjectNode json = (ObjectNode) new ObjectMapper().readTree(getClass().getClassLoader()
                .getResourceAsStream("nianbao/demo/lanxi-lanhe-2020.json"));
        json.put("year", 2019);
        ((ObjectNode) json.get("unit")).put("code", "qinggang-zhonghe").put("name", "青冈县中和镇人民政府").put("kind", "ZHEN");
        ((ObjectNode) json.at("/sections/s2/tables/art20_1/regulation")).put("new_made", 7);
        published.importPublished(codec.read(new ObjectMapper().writeValueAsBytes(json)));

        as("city", "area");
        _setValue(_get(Select.class, s -> s.withId("area-year")), 2019);
        _click(_get(Button.class, s -> s.withId("area-totals")));
        assertThat(_get(Paragraph.class, s -> s.withId("area-sums-count")).getText()).contains("1");
        var sums = _get(AreaView.class).sums();
        assertThat(sums).filteredOn(s -> s.label().contains("第二十条第（一）项 规章 / 本年新制作数量")).singleElement()
                .satisfies(s -> assertThat(s.value()).isEqualByComparingTo("7"));
        assertThat(sums).filteredOn(s -> s.value().signum() != 0).hasSize(1);
        assertThat(sums).allSatisfy(s -> assertThat(s.label()).doesNotContainPattern("[a-z]"));
    }

    @Test
    void a_county_office_cannot_go_above_its_county() {
        as("county", "area");
        UI.getCurrent().navigate("area", QueryParameters.simple(Map.of("code", "suihua")));
        AreaView view = _get(AreaView.class);
        assertThat(view.path()).extracting(AreaView.Crumb::code).containsExactly("lanxi");
        Paragraph refused = _get(Paragraph.class, s -> s.withId("area-refused"));
        assertThat(refused.isVisible()).isTrue();
        assertThat(refused.getText()).isNotBlank();
        assertThat(view.rows()).extracting(AreaCockpit.Row::code).contains("lanxi-lanhe").doesNotContain("qinggang");

        view.drill("qinggang", "青冈县人民政府");
        assertThat(view.path()).extracting(AreaView.Crumb::code).containsExactly("lanxi");
        assertThat(view.rows()).extracting(AreaCockpit.Row::code).doesNotContain("qinggang-qinggang");
    }

    @Test
    void a_clerk_is_refused_the_view() {
        as("lanhe.clerk", "area");
        assertThat(_find(AreaView.class)).isEmpty();
        assertThat(_find(AccessDeniedView.class)).hasSize(1);
    }

}
