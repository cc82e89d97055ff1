package cn.nianbao.domain.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import cn.nianbao.domain.SeedReport;
import cn.nianbao.domain.content.ReportContent;
import cn.nianbao.domain.format.ReportFormats;
import cn.nianbao.domain.unit.UnitKind;
import cn.nianbao.domain.unit.UnitRef;

/** Each rule of rules.md with a case that fires and a case that must not (false positives matter as much). */
class RulesTest {

    private final ReportValidator validator = new ReportValidator(ReportFormats.standard());

    /** The seed without its two known slips: a clean GOV_2019 report. */
    private static ReportContent clean() {
        ReportContent seed = SeedReport.content();
        return seed.withText("s1", seed.text("s1").replace("我镇", "我乡") + "\n\n（六）监督保障。将政务公开纳入年度考核，开展社会评议，全年无责任追究情况。");
    }

    /** A clean GOV_2021 report of 2021. */
    private static ReportContent clean2021() {
        ReportContent c = clean();
        Map<String, BigDecimal> cells = new java.util.HashMap<>();
        ReportFormats.standard().get("GOV_2021").cells().keySet().forEach(k -> cells.put(k, BigDecimal.ZERO));
        return new ReportContent("GOV_2021", 2021, c.unit(), c.texts(), cells)
                .withText("s1", c.text("s1").replace("2020", "2021"))
                .withText("s3", "2021年度我乡未收到申请公开信息要求。")
                .withText("s4", "2021年度无因政府信息公开申请行政复议、提起行政诉讼的情况。")
                .withText("s5", c.text("s5").replace("2020", "2021"))
                .withText("s6", "本年度未收取信息处理费。");
    }

    private List<Finding> run(ReportContent r) {
        return validator.validate(r).findings();
    }

    private List<Finding> run(ReportContent r, ValidationContext ctx) {
        return validator.validate(r, ctx).findings();
    }

    private static List<String> rules(List<Finding> findings) {
        return findings.stream().map(Finding::rule).toList();
    }

    @Test
    void clean_reports_have_no_findings() {
        assertThat(run(clean())).isEmpty();
        assertThat(run(clean2021())).isEmpty();
    }

    @Nested
    class Arithmetic {
        @Test
        void cell_int_flags_fractions_and_negatives_by_type() {
            List<Finding> f = run(clean()
                    .withCell("s3.granted.org_other", new BigDecimal("1.5"))
                    .withCell("s2.art20_5.licensing.change", BigDecimal.valueOf(-3))
                    .withCell("s2.art20_1.regulation.new_made", BigDecimal.valueOf(-1))
                    .withCell("s2.art20_9.central_procurement.procurement_amount", new BigDecimal("12.12345")));
            assertThat(f).filteredOn(x -> x.rule().equals("CELL-INT")).extracting(Finding::at).containsExactlyInAnyOrder(
                    "s2.art20_1.regulation.new_made", "s2.art20_9.central_procurement.procurement_amount", "s3.granted.org_other");
            assertThat(run(clean().withCell("s2.art20_9.central_procurement.procurement_amount", new BigDecimal("12.1234"))))
                    .noneMatch(x -> x.rule().equals("CELL-INT"));
        }

        @Test
        void s3_row_total_must_be_the_sum_of_applicants() {
            List<Finding> f = run(clean().withCell("s3.granted.total", BigDecimal.ONE)
                    .withCell("s3.result_total.total", BigDecimal.ONE).withCell("s3.carried_forward.total", BigDecimal.ZERO)
                    .withCell("s3.new_received.total", BigDecimal.ONE));
            assertThat(f).filteredOn(x -> x.rule().equals("S3-ROW")).extracting(Finding::at)
                    .containsExactlyInAnyOrder("s3.row.granted", "s3.row.result_total", "s3.row.new_received");
        }

        @Test
        void s3_result_total_adds_every_outcome_row_including_the_2021_other_rows() {
            ReportContent r = clean2021().withCell("s3.other_overdue_fee.natural_person", BigDecimal.ONE)
                    .withCell("s3.other_overdue_fee.total", BigDecimal.ONE);
            assertThat(run(r)).filteredOn(x -> x.rule().equals("S3-RES")).extracting(Finding::at)
                    .containsExactly("s3.col.natural_person");
            ReportContent fixed = r.withCell("s3.result_total.natural_person", BigDecimal.ONE).withCell("s3.result_total.total", BigDecimal.ONE)
                    .withCell("s3.new_received.natural_person", BigDecimal.ONE).withCell("s3.new_received.total", BigDecimal.ONE);
            assertThat(rules(run(fixed))).doesNotContain("S3-RES", "S3-BAL", "S3-ROW");
        }

        @Test
        void s4_total_is_the_sum_of_its_four_results() {
            List<Finding> f = run(clean().withCell("s4.lit_direct.upheld", BigDecimal.ONE));
            assertThat(f).filteredOn(x -> x.rule().equals("S4-SUM")).singleElement().satisfies(x -> {
                assertThat(x.at()).isEqualTo("s4.lit_direct");
                assertThat(x.expected()).isEqualByComparingTo("1");
                assertThat(x.actual()).isEqualByComparingTo("0");
                assertThat(x.message()).contains("行政诉讼（未经复议直接起诉）");
            });
        }

        @Test
        void fmt_year_and_empty_sections() {
            ReportContent wrong = new ReportContent("GOV_2019", 2021, clean().unit(), clean().texts(), clean().cells());
            assertThat(rules(run(wrong))).contains("FMT-YEAR");
            assertThat(rules(run(clean().withText("s5", "  ")))).containsExactly("SEC-EMPTY");
        }

        @Test
        void blank_cells_give_one_warning_per_table() {
            List<Finding> f = run(clean().withCell("s3.granted.org_other", null).withCell("s3.partial.org_other", null)
                    .withCell("s2.art20_6.penalty.decisions", null));
            assertThat(f).filteredOn(x -> x.rule().equals("CELL-BLANK")).extracting(Finding::at)
                    .containsExactlyInAnyOrder("s3", "s2.art20_6");
        }
    }

    @Nested
    class AcrossYears {
        private ValidationContext last(ReportContent prev, boolean published) {
            return ValidationContext.NONE.withPrevious(new PreviousReport(prev, published));
        }

        @Test
        void carried_over_must_match_last_years_published_carried_forward() {
            ReportContent prev = clean().withCell("s3.carried_forward.org_other", BigDecimal.valueOf(2))
                    .withCell("s3.carried_forward.total", BigDecimal.valueOf(2));
            ReportContent now = clean2021();
            assertThat(run(now, last(prev, true))).filteredOn(x -> x.rule().equals("Y-S3-CARRY"))
                    .extracting(Finding::at).containsExactly("s3.col.org_other");
            assertThat(run(now, last(prev, false))).noneMatch(x -> x.rule().equals("Y-S3-CARRY"));
        }

        @Test
        void s2_running_figures_continue_last_year() {
            ReportContent prev = clean2021().withCell("s2.art20_1.admin_normative_doc.in_force", BigDecimal.valueOf(5));
            ReportContent now = clean2021().withCell("s2.art20_1.admin_normative_doc.issued", BigDecimal.valueOf(2))
                    .withCell("s2.art20_1.admin_normative_doc.in_force", BigDecimal.valueOf(6));
            assertThat(run(now, last(prev, true))).filteredOn(x -> x.rule().equals("Y-S2-2021")).singleElement()
                    .satisfies(x -> assertThat(x.expected()).isEqualByComparingTo("7"));
            assertThat(run(now.withCell("s2.art20_1.admin_normative_doc.in_force", BigDecimal.valueOf(7)), last(prev, true)))
                    .noneMatch(x -> x.rule().startsWith("Y-S2"));

            ReportContent prev19 = clean().withCell("s2.art20_5.licensing.prev_items", BigDecimal.valueOf(10))
                    .withCell("s2.art20_5.licensing.change", BigDecimal.valueOf(-2));
            assertThat(run(clean(), last(prev19, true))).filteredOn(x -> x.rule().equals("Y-S2-2019"))
                    .extracting(Finding::at).containsExactly("s2.art20_5.licensing.prev_items");
        }

        @Test
        void text_copied_from_last_year_is_flagged_but_rewritten_text_is_not() {
            ReportContent prev = clean();
            assertThat(run(clean(), last(prev, true))).filteredOn(x -> x.rule().equals("Y-TEXT-SIM"))
                    .extracting(Finding::at).contains("s1", "s5", "s6");
            ReportContent rewritten = clean().withText("s5", "本年度主要问题是解读材料发布滞后、栏目更新频率偏低。下一步将建立信息发布台账，每月检查栏目更新情况，并通过图解、短视频等形式加强政策解读，回应群众关切。")
                    .withText("s1", "本年度，全乡围绕重点领域信息公开开展工作，新建村务公开栏十二处，公开惠农补贴发放名单，政务公开纳入年度考核，组织群众代表开展社会评议，未发生责任追究情形。")
                    .withText("s6", "无其他需要报告的事项。本年度全乡政务公开工作按照县政府办统一部署完成了各项任务。");
            assertThat(run(rewritten, last(prev, true))).noneMatch(x -> x.rule().equals("Y-TEXT-SIM"));
        }
    }

    @Nested
    class Text {
        @Test
        void t_noapp_when_the_text_denies_applications_the_table_counts_or_the_reverse() {
            ReportContent counted = clean().withCell("s3.new_received.natural_person", BigDecimal.ONE)
                    .withCell("s3.new_received.total", BigDecimal.ONE).withCell("s3.carried_forward.natural_person", BigDecimal.ONE)
                    .withCell("s3.carried_forward.total", BigDecimal.ONE);
            assertThat(rules(run(counted))).contains("T-NOAPP");
            assertThat(rules(run(clean().withText("s3", "本年度共收到政府信息公开申请3件。")))).contains("T-NOAPP");
            assertThat(rules(run(clean()))).doesNotContain("T-NOAPP");
        }

        @Test
        void t_nocase_when_the_text_denies_cases_that_s4_counts() {
            ReportContent r = clean().withCell("s4.review.upheld", BigDecimal.ONE).withCell("s4.review.total", BigDecimal.ONE);
            assertThat(rules(run(r))).contains("T-NOCASE", "X-S4-S3");
            assertThat(rules(run(r.withText("s4", "本年度发生行政复议1件，结果维持。")
                    .withText("s1", clean().text("s1").replace("全乡未发生因政府信息公开申请提起的行政复议和行政诉讼案件。", "")))))
                    .doesNotContain("T-NOCASE");
        }

        @Test
        void t_num_compares_quoted_numbers_with_the_table() {
            ReportContent r = clean().withCell("s4.review.upheld", BigDecimal.valueOf(2)).withCell("s4.review.total", BigDecimal.valueOf(2))
                    .withText("s4", "本年度发生行政复议3件。")
                    .withText("s1", clean().text("s1").replace("全乡未发生因政府信息公开申请提起的行政复议和行政诉讼案件。", ""));
            assertThat(run(r)).filteredOn(x -> x.rule().equals("T-NUM")).singleElement().satisfies(x -> {
                assertThat(x.expected()).isEqualByComparingTo("2");
                assertThat(x.actual()).isEqualByComparingTo("3");
            });
            assertThat(run(r.withText("s4", "本年度发生行政复议两件。"))).noneMatch(x -> x.rule().equals("T-NUM"));
        }

        @Test
        void t_unit_flags_the_wrong_kind_and_other_units_but_not_the_generic_xiangzhen() {
            assertThat(rules(run(clean().withText("s6", "本镇将继续努力。")))).contains("T-UNIT");
            assertThat(rules(run(clean().withText("s6", "全乡镇统一部署，全乡继续努力。")))).doesNotContain("T-UNIT");
            ReportContent zhen = clean().withUnit(new UnitRef("x", "某某镇人民政府", UnitKind.ZHEN)).withText("s1",
                    clean().text("s1").replace("我乡", "我镇").replace("全乡", "全镇"));
            assertThat(run(zhen)).filteredOn(x -> x.rule().equals("T-UNIT")).allMatch(x -> !x.at().equals("s1"));
            ValidationContext ctx = new ValidationContext(Optional.empty(), List.of(), List.of("榆林镇"));
            assertThat(run(clean().withText("s6", "学习榆林镇的经验。"), ctx)).filteredOn(x -> x.rule().equals("T-UNIT"))
                    .singleElement().satisfies(x -> assertThat(x.match()).isEqualTo("榆林镇"));
        }

        @Test
        void t_year_flags_an_earlier_year_used_as_the_report_year_but_not_spans_or_comparisons() {
            assertThat(rules(run(clean().withText("s6", "2019年，我乡继续推进政务公开。")))).contains("T-YEAR");
            assertThat(rules(run(clean().withText("s6", "2019年以来，我乡持续推进；与2019年相比有所提高。2021年，我乡将继续努力。"))))
                    .doesNotContain("T-YEAR");
        }

        @Test
        void t_fee_only_from_2021() {
            assertThat(rules(run(clean2021().withText("s6", "无。")))).contains("T-FEE");
            assertThat(rules(run(clean().withText("s6", "无。")))).doesNotContain("T-FEE");
        }

        @Test
        void t_goveval_only_for_peoples_governments() {
            assertThat(rules(run(SeedReport.content()))).contains("T-GOVEVAL");
            ReportContent department = SeedReport.content().withUnit(new UnitRef("d", "县发展和改革局", UnitKind.COUNTY_DEPARTMENT))
                    .withText("s1", clean().text("s1").replace("我乡", "我局").replace("全乡", "全局").replace("我镇", "我局"));
            assertThat(rules(run(department))).doesNotContain("T-GOVEVAL");
        }

        @Test
        void s2_town_flags_regulations_of_a_township_only() {
            ReportContent r = clean().withCell("s2.art20_1.regulation.new_made", BigDecimal.ONE);
            assertThat(rules(run(r))).contains("S2-TOWN");
            assertThat(rules(run(r.withUnit(new UnitRef("g", "某县人民政府", UnitKind.COUNTY_GOVERNMENT))))).doesNotContain("S2-TOWN");
        }
    }

    @Nested
    class Confidentiality {
        private List<Finding> sec(String text, String rule) {
            return run(clean().withText("s6", text)).stream().filter(x -> x.rule().equals(rule)).toList();
        }

        @Test
        void sec_mark_finds_markings_not_prose_about_secrets() {
            assertThat(sec("秘密★1年 本文件", "SEC-MARK")).singleElement().satisfies(x -> assertThat(x.match()).startsWith("秘密★"));
            assertThat(sec("此件为机密级。另有【绝密】字样。内部资料，不宜公开。", "SEC-MARK")).hasSize(4);
            assertThat(sec("严格执行保密审查，依法保守国家秘密和商业秘密，遵守《保守国家秘密法》。", "SEC-MARK")).isEmpty();
        }

        @Test
        void sec_id_finds_valid_id_numbers_however_written_but_not_masked_invalid_or_longer_ones() {
            // 11010519491231002X is the GB 11643 standard's own example number
            assertThat(sec("联系人身份证11010519491231002X。", "SEC-ID")).singleElement().satisfies(x -> {
                assertThat(x.match()).isEqualTo("11010519491231002X");
                assertThat(x.offset()).isEqualTo(6);
            });
            assertThat(sec("身份证 110105 19491231 002x", "SEC-ID")).hasSize(1);
            assertThat(sec("身份证１１０１０５１９４９１２３１００２Ｘ", "SEC-ID")).hasSize(1);
            // rules.md now counts a wrong check digit with a real province and birth date as an ID (a typing slip
            // still identifies a person): 110105194912310021 moved from here to PersonalInformationRulesTest
            assertThat(sec("身份证110105********002X，编号110105194913310020，流水号911010519491231002X5", "SEC-ID")).isEmpty();
        }

        @Test
        void sec_phone_finds_mobiles_with_prefixes_and_groups_but_not_masked_or_longer_numbers() {
            assertThat(sec("电话13812345678。", "SEC-PHONE")).hasSize(1);
            assertThat(sec("电话138 1234 5678、138-1234-5678、+86 13812345678、0086-138-1234-5678、１３８１２３４５６７８", "SEC-PHONE")).hasSize(5);
            assertThat(sec("电话138****5678，固话0455-1234567，编号213812345678，12345678901", "SEC-PHONE")).isEmpty();
        }

        @Test
        void sec_word_finds_every_occurrence_of_the_countys_words() {
            ValidationContext ctx = new ValidationContext(Optional.empty(), List.of("内部讨论稿"), List.of());
            List<Finding> f = run(clean().withText("s6", "内部讨论稿一份，内部讨论稿两份。"), ctx).stream()
                    .filter(x -> x.rule().equals("SEC-WORD")).toList();
            assertThat(f).extracting(Finding::offset).containsExactly(0, 8);
            assertThat(f).allMatch(x -> x.severity() == Severity.REVIEW);
        }
    }
}
