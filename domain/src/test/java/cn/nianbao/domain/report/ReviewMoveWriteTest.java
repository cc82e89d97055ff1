package cn.nianbao.domain.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.nianbao.domain.DomainTestApp;
import cn.nianbao.domain.SeedReport;
import cn.nianbao.domain.TownshipFixture;
import cn.nianbao.domain.content.ReportContent;
import cn.nianbao.domain.rule.Finding;
import cn.nianbao.domain.rule.Severity;
import cn.nianbao.domain.testdb.TestDatabaseConfig;

/**
 * A review decision writes its move in SQL ({@link ReviewMoveWrite}) rather than through Hibernate's flush: the row
 * and the audit entry get what Hibernate's update gave them, a later change in the same transaction is written
 * against the new version, and a report changed meanwhile fails the decision as the optimistic lock did.
 */
@SpringBootTest(classes = {DomainTestApp.class, TestDatabaseConfig.class})
class ReviewMoveWriteTest extends TownshipFixture {

    @Autowired ReportDrafting drafting;
    @Autowired ReportReview review;
    @Autowired ReportReading reading;
    @Autowired JdbcTemplate jdbc;
    @Autowired PlatformTransactionManager transactions;
    @Autowired ReportRepository reports;
    @Autowired ReviewMoveWrite moves;

    private ReportView submitted() {
        ReportContent seed = SeedReport.content().withUnit(town.ref())
                .withText("s1", SeedReport.content().text("s1").replace("我镇", "我乡"));
        ReportView r = drafting.createFromContent(clerk, seed);
        Map<String, String> why = new HashMap<>();
        drafting.validate(clerk, r.id()).of(Severity.WARNING).forEach(f -> why.put(f.explanationKey(), "已说明"));
        drafting.submit(clerk, r.id(), why);
        return r;
    }

    private void approveSecrecy(Long id) {
        Map<String, String> reasons = new HashMap<>();
        for (Finding f : drafting.validate(secrecy, id).of(Severity.REVIEW)) {
            reasons.put(f.clearanceKey(), "可以公开");
        }
        review.decide(secrecy, id, ReviewStage.SECRECY_REVIEW, Decision.APPROVE, "同意", Map.of(),
                new SecrecyClearing("经审查不涉密", reasons));
    }

    private long version(Long id) {
        return jdbc.queryForObject("select version from report where id = ?", Long.class, id);
    }

    @Test
    void the_move_is_written_with_the_next_version_and_the_screen_cleared() {
        ReportView r = submitted();
        long before = version(r.id());
        assertThat(jdbc.queryForObject("select secrecy_screen from report where id = ?", String.class, r.id())).isNotNull();

        approveSecrecy(r.id());

        Map<String, Object> row = jdbc.queryForMap("select status, version, secrecy_screen, updated_at from report where id = ?", r.id());
        assertThat(row.get("status")).isEqualTo(ReportStatus.IN_LEADER_SIGNOFF.name());
        assertThat(((Number) row.get("version")).longValue()).isEqualTo(before + 1);
        assertThat(row.get("secrecy_screen")).isNull();
        // the decision's audit entry names the version the decision left, as after Hibernate's update
        assertThat(jdbc.queryForObject("select content_version from audit_entry where report_id = ? and action = 'APPROVE'",
                Long.class, r.id())).isEqualTo(before + 1);
        ReportSummary s = reading.summary(clerk, r.id());
        assertThat(s.status()).isEqualTo(ReportStatus.IN_LEADER_SIGNOFF);
        assertThat(s.version()).isEqualTo(before + 1);
        assertThat(s.updatedAt()).isNotNull();
    }

    @Test
    void later_moves_in_the_same_transaction_are_written_against_the_new_version() {
        ReportView r = submitted();
        approveSecrecy(r.id());
        long before = version(r.id());

        // two decisions and the publication in one transaction: the second decision and Hibernate's update of the
        // publication find the entity at the version the first decision wrote, and the commit writes nothing stale
        new TransactionTemplate(transactions).executeWithoutResult(t -> {
            review.decide(leader, r.id(), ReviewStage.LEADER_SIGNOFF, Decision.APPROVE, "同意");
            review.decide(county, r.id(), ReviewStage.COUNTY_REVIEW, Decision.APPROVE, "同意");
            review.publish(county, r.id());
        });

        assertThat(reading.summary(county, r.id()).status()).isEqualTo(ReportStatus.PUBLISHED);
        assertThat(version(r.id())).isEqualTo(before + 3);
    }

    @Test
    void a_report_changed_meanwhile_fails_the_decision() {
        ReportView r = submitted();
        approveSecrecy(r.id());

        assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(t -> {
            // the report is read, then another transaction's change of it commits before the decision writes
            reading.summary(leader, r.id());
            jdbc.update("update report set version = version + 1 where id = ?", r.id());
            review.decide(leader, r.id(), ReviewStage.LEADER_SIGNOFF, Decision.APPROVE, "同意");
        })).isInstanceOf(ConcurrencyFailureException.class);

        assertThat(reading.summary(leader, r.id()).status()).isEqualTo(ReportStatus.IN_LEADER_SIGNOFF);
    }

    @Test
    void another_change_of_the_report_in_the_same_transaction_is_written_with_the_move() {
        ReportView r = submitted();
        approveSecrecy(r.id());
        long before = version(r.id());

        new TransactionTemplate(transactions).executeWithoutResult(t -> {
            // a change the move's UPDATE does not cover, made right before it with no query between them (a query
            // would have flushed it on its own)
            Report report = reports.findById(r.id()).orElseThrow();
            ReflectionTestUtils.setField(report, "lastEditedBy", "someone-else");
            moves.decide(report, ReviewStage.LEADER_SIGNOFF, Decision.APPROVE, java.time.Instant.now());
        });

        Map<String, Object> row = jdbc.queryForMap("select status, version, last_edited_by from report where id = ?", r.id());
        assertThat(row.get("status")).isEqualTo(ReportStatus.IN_COUNTY_REVIEW.name());
        assertThat(row.get("last_edited_by")).isEqualTo("someone-else");
        assertThat(((Number) row.get("version")).longValue()).isEqualTo(before + 1);
    }
}
