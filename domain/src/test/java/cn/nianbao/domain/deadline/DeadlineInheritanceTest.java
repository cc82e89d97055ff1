package cn.nianbao.domain.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import cn.nianbao.domain.DomainTestApp;
import cn.nianbao.domain.refusal.Refusal;
import cn.nianbao.domain.sensitive.SensitiveWordService;
import cn.nianbao.domain.testdb.TestDatabaseConfig;
import cn.nianbao.domain.unit.UnitKind;
import cn.nianbao.domain.unit.UnitService;
import cn.nianbao.domain.unit.UnitView;
import cn.nianbao.domain.user.Actor;
import cn.nianbao.domain.user.Role;
import cn.nianbao.domain.user.UserAccountService;

/** Deadlines and sensitive words set high in the tree apply below it; a county may only be stricter. */
@SpringBootTest(classes = {DomainTestApp.class, TestDatabaseConfig.class})
class DeadlineInheritanceTest {

    @Autowired DeadlineService deadlines;
    @Autowired SensitiveWordService words;
    @Autowired UnitService units;
    @Autowired UserAccountService users;

    final String t = UUID.randomUUID().toString().substring(0, 8);
    UnitView province;
    UnitView city;
    UnitView county;
    UnitView otherCounty;
    UnitView township;
    Actor provinceOffice;
    Actor cityOffice;
    Actor countyOffice;

    @BeforeEach
    void tree() {
        province = units.create("p-" + t, "省", "省", UnitKind.PROVINCE, null);
        city = units.create("c-" + t, "市", "市", UnitKind.CITY, province.code());
        county = units.create("k-" + t, "县", "县", UnitKind.COUNTY, city.code());
        otherCounty = units.create("k2-" + t, "县二", "县二", UnitKind.COUNTY, city.code());
        township = units.create("x-" + t, "乡", "乡", UnitKind.XIANG, county.code());
        provinceOffice = person("po", Role.PROVINCE_OFFICE, province);
        cityOffice = person("co", Role.CITY_OFFICE, city);
        countyOffice = person("ko", Role.COUNTY_OFFICE, county);
    }

    private Actor person(String who, Role role, UnitView unit) {
        String username = who + "." + t;
        users.create(username, "secret-pw", who, username + "@example.test");
        return users.grant(username, role, unit.id()).actor();
    }

    @Test
    void a_citys_deadline_applies_to_its_counties_unless_a_county_sets_an_earlier_one() {
        assertThat(deadlines.deadline(county.id(), 2025)).isEqualTo(LocalDate.of(2026, 1, 31));

        deadlines.set(cityOffice, city.id(), 2025, LocalDate.of(2026, 1, 20));
        assertThat(deadlines.deadline(county.id(), 2025)).isEqualTo(LocalDate.of(2026, 1, 20));
        assertThat(deadlines.deadline(otherCounty.id(), 2025)).isEqualTo(LocalDate.of(2026, 1, 20));
        assertThat(deadlines.deadline(township.id(), 2025)).isEqualTo(LocalDate.of(2026, 1, 20));

        deadlines.set(countyOffice, county.id(), 2025, LocalDate.of(2026, 1, 25));
        assertThat(deadlines.deadline(county.id(), 2025)).as("a later county date does not extend the city's")
                .isEqualTo(LocalDate.of(2026, 1, 20));

        deadlines.set(countyOffice, county.id(), 2025, LocalDate.of(2026, 1, 10));
        assertThat(deadlines.deadline(county.id(), 2025)).isEqualTo(LocalDate.of(2026, 1, 10));
        assertThat(deadlines.deadline(otherCounty.id(), 2025)).isEqualTo(LocalDate.of(2026, 1, 20));
        assertThat(deadlines.deadline(county.id(), 2024)).isEqualTo(LocalDate.of(2025, 1, 31));
    }

    @Test
    void only_the_office_of_an_area_sets_its_deadline() {
        assertThatThrownBy(() -> deadlines.set(countyOffice, city.id(), 2025, LocalDate.of(2026, 1, 20)))
                .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.kind()).isEqualTo(Refusal.Kind.FORBIDDEN));
        assertThatThrownBy(() -> deadlines.set(provinceOffice, city.id(), 2025, LocalDate.of(2026, 1, 20)))
                .isInstanceOf(Refusal.class);
        deadlines.set(provinceOffice, province.id(), 2025, LocalDate.of(2026, 1, 15));
        assertThat(deadlines.deadline(township.id(), 2025)).isEqualTo(LocalDate.of(2026, 1, 15));
    }

    @Test
    void province_and_city_word_lists_apply_below_them_together_with_the_local_list() {
        words.add(provinceOffice, province.id(), "省级敏感词");
        words.add(cityOffice, city.id(), "市级敏感词");
        words.add(countyOffice, county.id(), "县级敏感词");
        words.add(countyOffice, county.id(), "市级敏感词");

        assertThat(words.words(township.id())).containsExactlyInAnyOrder("省级敏感词", "市级敏感词", "县级敏感词");
        assertThat(words.words(otherCounty.id())).containsExactlyInAnyOrder("省级敏感词", "市级敏感词");
        assertThat(words.words(city.id())).containsExactlyInAnyOrder("省级敏感词", "市级敏感词");
        assertThat(words.ownWords(county.id())).containsExactlyInAnyOrder("县级敏感词", "市级敏感词");
        assertThatThrownBy(() -> words.add(countyOffice, city.id(), "越权"))
                .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.kind()).isEqualTo(Refusal.Kind.FORBIDDEN));
        assertThat(List.copyOf(words.words(province.id()))).containsExactly("省级敏感词");
    }
}
