package cn.nianbao.domain.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import cn.nianbao.domain.DomainTestApp;
import cn.nianbao.domain.testdb.TestDatabaseConfig;

/** A unit answers where it sits in the tree at any depth: its path, its ancestors, its county, its reviewing area. */
@SpringBootTest(classes = {DomainTestApp.class, TestDatabaseConfig.class})
@org.springframework.transaction.annotation.Transactional
class UnitTreeTest {

    @Autowired UnitService units;

    private final String t = UUID.randomUUID().toString().substring(0, 8);

    private UnitView add(String code, UnitKind kind, String parent) {
        return units.create(code + "-" + t, code, code, kind, parent == null ? null : parent + "-" + t);
    }

    private Unit entity(UnitView v) {
        return units.findEntity(v.id()).orElseThrow();
    }

    @Test
    void a_unit_gets_the_path_of_codes_from_the_root_on_create() {
        UnitView p = add("p", UnitKind.PROVINCE, null);
        UnitView c = add("c", UnitKind.CITY, "p");
        UnitView k = add("k", UnitKind.COUNTY, "c");
        UnitView x = add("x", UnitKind.XIANG, "k");
        assertThat(p.path()).isEqualTo("/p-" + t + "/");
        assertThat(x.path()).isEqualTo("/p-" + t + "/c-" + t + "/k-" + t + "/x-" + t + "/");
        assertThat(entity(x).ancestors()).extracting(Unit::getId).containsExactly(k.id(), c.id(), p.id());
        assertThat(entity(x).isAtOrBelow(entity(c))).isTrue();
        assertThat(entity(c).isAtOrBelow(entity(x))).isFalse();
    }

    @Test
    void each_unit_is_reviewed_by_the_nearest_area_above_it() {
        add("p", UnitKind.PROVINCE, null);
        add("pd", UnitKind.PROVINCE_DEPARTMENT, "p");
        add("c", UnitKind.CITY, "p");
        add("cg", UnitKind.CITY_GOVERNMENT, "c");
        add("cd", UnitKind.CITY_DEPARTMENT, "c");
        add("k", UnitKind.COUNTY, "c");
        add("kg", UnitKind.COUNTY_GOVERNMENT, "k");
        add("kd", UnitKind.COUNTY_DEPARTMENT, "k");
        add("x", UnitKind.ZHEN, "k");

        assertThat(areaOf("x")).isEqualTo("k");
        assertThat(areaOf("kd")).isEqualTo("k");
        assertThat(areaOf("kg")).isEqualTo("k");
        assertThat(areaOf("k")).isEqualTo("c");
        assertThat(areaOf("cd")).isEqualTo("c");
        assertThat(areaOf("cg")).isEqualTo("c");
        assertThat(areaOf("pd")).isEqualTo("p");
        assertThat(areaOf("p")).isEqualTo("p");
        assertThat(countyOf("x")).isEqualTo("k");
        assertThat(countyOf("kg")).isEqualTo("k");
    }

    @Test
    void a_county_government_at_the_top_of_its_county_stays_the_county_node_also_under_a_city() {
        add("city", UnitKind.CITY, null);
        add("lanxi", UnitKind.COUNTY_GOVERNMENT, "city");
        add("lanhe", UnitKind.XIANG, "lanxi");

        assertThat(areaOf("lanhe")).isEqualTo("lanxi");
        assertThat(countyOf("lanhe")).isEqualTo("lanxi");
        assertThat(countyOf("lanxi")).isEqualTo("lanxi");
        assertThat(areaOf("lanxi")).isEqualTo("city");
    }

    private String areaOf(String code) {
        return units.findEntity(units.findByCode(code + "-" + t).orElseThrow().id()).orElseThrow()
                .reviewingArea().getCode().replace("-" + t, "");
    }

    private String countyOf(String code) {
        return units.findEntity(units.findByCode(code + "-" + t).orElseThrow().id()).orElseThrow()
                .county().getCode().replace("-" + t, "");
    }
}
