package cn.nianbao.reports.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import cn.nianbao.domain.Fixtures;
import cn.nianbao.domain.SeedReport;
import cn.nianbao.domain.content.ReportContent;
import cn.nianbao.domain.refusal.Refusal;
import cn.nianbao.domain.report.PublishedReports;
import cn.nianbao.domain.report.ReportReview;
import cn.nianbao.domain.report.ReportView;
import cn.nianbao.domain.testdb.TestDatabaseConfig;
import cn.nianbao.domain.unit.UnitKind;
import cn.nianbao.domain.unit.UnitService;
import cn.nianbao.domain.unit.UnitView;
import cn.nianbao.domain.user.Actor;
import cn.nianbao.domain.user.Role;
import cn.nianbao.domain.user.UserAccountService;
import cn.nianbao.reports.ReportsTestApp;

@SpringBootTest(classes = {ReportsTestApp.class, TestDatabaseConfig.class})
class CountyAggregationTest {

    @Autowired CountyAggregation aggregation;
    @Autowired ReportReview reportReview;
    @Autowired PublishedReports publicReports;
    @Autowired UnitService units;
    @Autowired UserAccountService users;

    @Test
    void three_units_sum_to_the_hand_made_totals_with_drill_down_comparison_and_xlsx() throws Exception {
        Fixtures fx = new Fixtures(units, users);
        Actor office = fx.person("office", Role.COUNTY_OFFICE, fx.county());
        UnitView a = fx.township("甲乡", UnitKind.XIANG);
        UnitView b = fx.township("乙镇", UnitKind.ZHEN);
        UnitView c = fx.township("丙乡", UnitKind.XIANG);
        ReportContent seed = SeedReport.content();
        // 2019 (same format) for the comparison: only unit a had 2 applications
        publicReports.importPublished(new ReportContent("GOV_2019", 2019, a.ref(), seed.texts(), seed.cells())
                .withCell("s3.new_received.total", BigDecimal.valueOf(2)));
        publicReports.importPublished(seed.withUnit(a.ref()).withCell("s3.new_received.total", BigDecimal.valueOf(3))
                .withCell("s4.review.total", BigDecimal.ONE));
        publicReports.importPublished(seed.withUnit(b.ref()).withCell("s3.new_received.total", BigDecimal.valueOf(5)));
        ReportView third = publicReports.importPublished(seed.withUnit(c.ref()).withCell("s3.new_received.total", BigDecimal.valueOf(11))
                .withCell("s4.review.total", BigDecimal.valueOf(2)));
        // a report under correction still counts with its published numbers
        reportReview.openCorrection(office, third.id(), "更正测试");

        CountyTotals totals = aggregation.totals(office, fx.county().code(), 2020);

        assertThat(totals.publishedUnits()).isEqualTo(3);
        assertThat(totals.cell("s3.new_received.total")).isEqualByComparingTo(BigDecimal.valueOf(3 + 5 + 11));
        assertThat(totals.cell("s4.review.total")).isEqualByComparingTo(BigDecimal.valueOf(1 + 0 + 2));
        assertThat(totals.cell("s3.granted.org_other")).isEqualByComparingTo("0");
        assertThat(totals.cells()).hasSize(totals.format().cells().size());
        assertThat(totals.change("s3.new_received.total")).isEqualByComparingTo(BigDecimal.valueOf(19 - 2));

        assertThat(aggregation.byUnit(office, fx.county().code(), 2020, "s3.new_received.total"))
                .containsEntry(a.name(), BigDecimal.valueOf(3).setScale(4))
                .containsEntry(c.name(), BigDecimal.valueOf(11).setScale(4));

        try (var wb = new XSSFWorkbook(new ByteArrayInputStream(aggregation.xlsx(totals).bytes()))) {
            var sheet = wb.getSheet("三、收到和处理政府信息公开申请情况");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).endsWith("年度报告汇总表");
            assertThat(sheet.getRow(5).getCell(9).getNumericCellValue()).isEqualTo(19.0);
        }

        Actor clerk = fx.person("clerk", Role.CLERK, a);
        assertThatThrownBy(() -> aggregation.totals(clerk, fx.county().code(), 2020)).isInstanceOf(Refusal.class);
    }
}
