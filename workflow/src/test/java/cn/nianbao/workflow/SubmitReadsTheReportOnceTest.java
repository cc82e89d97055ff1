package cn.nianbao.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import cn.nianbao.domain.SeedReport;
import cn.nianbao.domain.content.ReportContent;
import cn.nianbao.domain.report.ReportStatus;
import cn.nianbao.domain.report.ReportView;
import cn.nianbao.domain.rule.Severity;
import cn.nianbao.domain.testdb.TestDatabaseConfig;

/**
 * A submission reads its report once: the route, the validation, the audit and the notifications all work from
 * that one read (the events carry what the listeners need).
 */
@SpringBootTest(classes = {WorkflowTestApp.class, TestDatabaseConfig.class})
class SubmitReadsTheReportOnceTest extends TownshipRoute {

    @Autowired EntityManagerFactory emf;

    @Test
    void a_submission_loads_the_report_entity_once() {
        ReportContent seed = SeedReport.content().withUnit(town.ref())
                .withText("s1", SeedReport.content().text("s1").replace("我镇", "我乡"));
        ReportView r = drafting.createFromContent(clerk, seed);
        Map<String, String> why = new HashMap<>();
        drafting.validate(clerk, r.id()).of(Severity.WARNING).forEach(f -> why.put(f.explanationKey(), "已说明"));

        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        stats.clear();
        workflow.submit(clerk, r.id(), why);

        assertThat(stats.getEntityStatistics("cn.nianbao.domain.report.Report").getLoadCount()).isEqualTo(1);
        assertThat(reading.summary(clerk, r.id()).status()).isEqualTo(ReportStatus.IN_SECRECY_REVIEW);
        assertThat(notifications.latest(secrecy.username(), 5)).isNotEmpty();
    }
}
