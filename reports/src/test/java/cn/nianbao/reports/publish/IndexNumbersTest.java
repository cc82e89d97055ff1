package cn.nianbao.reports.publish;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IndexNumbersTest {

    @Test
    void the_default_is_county_year_and_a_five_digit_sequence() {
        assertThat(IndexNumbers.format("{county}-{year}-{seq}", "231222", "lanxi-lanhe", 2021, 3))
                .isEqualTo("231222-2021-00003");
    }

    @Test
    void a_county_may_number_in_its_own_catalogue_form() {
        assertThat(IndexNumbers.format("11231222MB{unit}/{year}-{seq}", "231222", "lanhe", 2021, 12))
                .isEqualTo("11231222MBlanhe/2021-00012");
    }
}
