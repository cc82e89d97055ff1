package cn.nianbao.domain.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import cn.nianbao.domain.SeedReport;
import cn.nianbao.domain.format.ReportFormats;
import cn.nianbao.domain.content.ReportContent;

/**
 * SEC-ID, SEC-BANK, SEC-NAME and SEC-ADDR of rules.md: each occurrence is one REVIEW finding with its match and
 * offset, and the exclusions of rules.md are no finding.
 */
class PersonalInformationRulesTest {

    private final ReportValidator validator = new ReportValidator(ReportFormats.standard());

    /** The seed with {@code text} as section 六 (the seed itself has no personal information). */
    private List<Finding> found(String rule, String text) {
        ReportContent r = SeedReport.content().withText("s6", text);
        return validator.validate(r).findings().stream().filter(f -> f.rule().equals(rule)).toList();
    }

    private List<String> matches(String rule, String text) {
        return found(rule, text).stream().map(Finding::match).toList();
    }

    @Nested
    class IdNumbers {
        @Test
        void a_wrong_check_digit_with_a_real_province_and_birth_date_is_still_an_id_number() {
            // 11010519491231002X is valid; the same number ending in 1 is a typing slip that still points at a person
            assertThat(found("SEC-ID", "身份证号110105194912310021。")).singleElement().satisfies(f -> {
                assertThat(f.match()).isEqualTo("110105194912310021");
                assertThat(f.offset()).isEqualTo(4);
                assertThat(f.severity()).isEqualTo(Severity.REVIEW);
                assertThat(f.message()).contains("六、其他需要报告的事项", "第 5 个字符起", "校验位不符", "个人信息保护法", "第十五条");
            });
        }

        @Test
        void a_wrong_check_digit_without_a_real_province_or_date_is_no_id_number() {
            assertThat(found("SEC-ID", "编号110105194913310020，编号990105194912310020，编号110105194902300021")).isEmpty();
        }

        @Test
        void a_first_generation_fifteen_digit_number_is_found_with_its_own_message() {
            assertThat(found("SEC-ID", "老身份证110105491231002，已更换。")).singleElement().satisfies(f -> {
                assertThat(f.match()).isEqualTo("110105491231002");
                assertThat(f.offset()).isEqualTo(4);
                assertThat(f.message()).contains("15 位", "个人信息保护法", "第十五条");
            });
            assertThat(found("SEC-ID", "编号110105491331002，编号000105491231002，编号1101054912310021234")).isEmpty();
        }

        @Test
        void the_valid_number_keeps_its_message() {
            assertThat(found("SEC-ID", "11010519491231002X")).singleElement().satisfies(f -> assertThat(f.message())
                    .isEqualTo("六、其他需要报告的事项 中有疑似居民身份证号码（第 1 个字符起），公开前应删除或遮盖"));
        }
    }

    @Nested
    class BankCards {
        @Test
        void card_numbers_passing_luhn_are_found_however_grouped() {
            List<Finding> f = found("SEC-BANK", "补贴打入6222021234567894，或6222 0212 3456 7894，或４１１１１１１１１１１１１１１１，"
                    + "或5454-5454-5454-5454，或6228480012345678903。");
            assertThat(f).extracting(Finding::match).containsExactly("6222021234567894", "6222 0212 3456 7894",
                    "４１１１１１１１１１１１１１１１", "5454-5454-5454-5454", "6228480012345678903");
            assertThat(f.get(0).offset()).isEqualTo(4);
            assertThat(f.get(0).message()).contains("银行卡号", "敏感个人信息", "个人信息保护法", "第十五条");
        }

        @Test
        void masked_failing_luhn_other_issuers_longer_runs_and_id_numbers_are_no_card() {
            assertThat(found("SEC-BANK", "卡号6222 **** **** 7894，6222021234567895，9555500012345678，"
                    + "A6222021234567894，62220212345678940000")).isEmpty();
            // a valid ID that happens to pass Luhn and start with 62 is SEC-ID only
            assertThat(found("SEC-BANK", "身份证620102198001000003")).isEmpty();
            assertThat(found("SEC-ID", "身份证620102198001000003")).hasSize(1);
        }
    }

    @Nested
    class Names {
        @Test
        void an_applicant_named_by_hanlp_is_found_with_offset() {
            assertThat(found("SEC-NAME", "申请人李建国（住兰河乡富强村3组）要求公开。")).singleElement().satisfies(f -> {
                assertThat(f.match()).isEqualTo("李建国");
                assertThat(f.offset()).isEqualTo(3);
                assertThat(f.at()).isEqualTo("s6");
                assertThat(f.severity()).isEqualTo(Severity.REVIEW);
                assertThat(f.message()).contains("「李建国」", "第 4 个字符起", "个人信息保护法", "第十五条");
            });
        }

        @Test
        void every_occurrence_is_its_own_finding() {
            assertThat(found("SEC-NAME", "村民张桂兰、刘玉珍来信，张桂兰再次来访。")).extracting(Finding::offset)
                    .containsExactly(2, 6, 12);
        }

        @Test
        void names_after_context_words_are_found_two_characters_and_compound_surnames_included() {
            assertThat(matches("SEC-NAME", "村民王刚反映低保问题。经办人赵小红受理。申请人：刘洋。申请人欧阳明辉要求公开。原告周海涛不服。"))
                    .containsExactly("王刚", "赵小红", "刘洋", "欧阳明辉", "周海涛");
        }

        @Test
        void names_hanlp_splits_after_a_villager_are_completed_from_the_cue() {
            // HanLP reads 王 + 兰花 (an orchid) and 王 + 春兰: after 村民 the surname and two characters are a name
            assertThat(matches("SEC-NAME", "村民王兰花反映低保问题，村民王春兰来访。")).containsExactly("王兰花", "王春兰");
            assertThat(matches("SEC-NAME", "全乡种植兰花三百亩。")).isEmpty();
        }

        @Test
        void masked_names_are_no_finding() {
            assertThat(found("SEC-NAME", "申请人王某、李某某、张**、赵××先后申请，村民李某某反映。")).isEmpty();
        }

        @Test
        void officials_named_with_their_office_are_no_finding() {
            assertThat(found("SEC-NAME", "乡长张伟主持会议，党委书记王刚讲话，副乡长李明同志参加，张伟乡长总结。")).isEmpty();
            assertThat(found("SEC-NAME", "领导小组组长：张建华，副组长：李振国（副乡长）。")).isEmpty();
            assertThat(found("SEC-NAME", "以习近平新时代中国特色社会主义思想为指导，贯彻习近平总书记重要讲话精神。")).isEmpty();
        }

        @Test
        void places_built_on_surnames_are_no_finding() {
            assertThat(found("SEC-NAME", "张家村和王家屯的村民，兰河乡、兰西县、石家庄。")).isEmpty();
        }

        @Test
        void ordinary_words_starting_with_a_surname_character_are_no_finding() {
            assertThat(found("SEC-NAME", "高度重视，周末加班，方便群众；明确审查工作程序和责任，提高公信力、执行力；"
                    + "及时公开惠民政策；第一项加第二项之和；村民代表大会、村民委员会、申请人信息。")).isEmpty();
        }

        @Test
        void the_prose_of_the_other_modules_fixtures_has_no_names() {
            assertThat(found("SEC-NAME", "主要问题是政策解读形式单一，下一步将增加图解等形式。本年度未收取信息处理费。"
                    + "2021年，兰河乡坚持以公开为常态、不公开为例外，推进政务公开工作，及时公开惠民政策和财政信息。")).isEmpty();
        }
    }

    @Nested
    class Addresses {
        @Test
        void house_level_addresses_are_found() {
            List<Finding> f = found("SEC-ADDR", "住兰河乡富强村3组12号；住幸福小区5栋2单元301室；住人民路12号301室；"
                    + "住富强村三组；住富强村１２号；住幸福小区5-2-301；住幸福新村5号楼2单元301室。");
            assertThat(f).extracting(Finding::match).containsExactly("富强村3组12号", "幸福小区5栋2单元301室",
                    "人民路12号301室", "富强村三组", "富强村１２号", "幸福小区5-2-301", "幸福新村5号楼2单元301室");
            assertThat(f.get(0).offset()).isEqualTo(4);
            assertThat(f.get(0).message()).contains("住址", "个人信息保护法", "第十五条");
        }

        @Test
        void a_village_road_or_compound_named_alone_is_no_finding() {
            assertThat(found("SEC-ADDR", "在富强村、人民路和幸福小区设立公开栏；乡政府地址为人民路12号；幸福小区5栋外墙；"
                    + "村3组；本村3组的村民；全乡18个村。")).isEmpty();
        }
    }

    @Test
    void the_brief_example_gives_a_name_and_an_address() {
        ReportContent r = SeedReport.content().withText("s6", "申请人李建国（住兰河乡富强村3组）");
        assertThat(validator.validate(r).of(Severity.REVIEW)).extracting(Finding::rule, Finding::match)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("SEC-NAME", "李建国"),
                        org.assertj.core.groups.Tuple.tuple("SEC-ADDR", "富强村3组"));
    }

    @Test
    void the_benchmarks_full_report_yields_each_private_detail_once_and_nothing_public() {
        ReportContent full = ValidationBenchmark.fullReport(SeedReport.content());
        List<Finding> review = validator.validate(full).of(Severity.REVIEW);
        assertThat(review).extracting(Finding::rule, Finding::match).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("SEC-ID", "230122197805124210"),
                org.assertj.core.groups.Tuple.tuple("SEC-PHONE", "138 1234 5678"),
                org.assertj.core.groups.Tuple.tuple("SEC-BANK", "6222 0212 3456 7894"),
                org.assertj.core.groups.Tuple.tuple("SEC-NAME", "李建国"),
                org.assertj.core.groups.Tuple.tuple("SEC-NAME", "王淑芬"),
                org.assertj.core.groups.Tuple.tuple("SEC-NAME", "赵小红"),
                org.assertj.core.groups.Tuple.tuple("SEC-NAME", "欧阳明辉"),
                org.assertj.core.groups.Tuple.tuple("SEC-NAME", "周海涛"),
                org.assertj.core.groups.Tuple.tuple("SEC-NAME", "刘洋"),
                org.assertj.core.groups.Tuple.tuple("SEC-ADDR", "富强村3组12号"),
                org.assertj.core.groups.Tuple.tuple("SEC-ADDR", "幸福小区5栋2单元301室"));
        assertThat(validator.validate(full).errors()).isZero();
    }
}
