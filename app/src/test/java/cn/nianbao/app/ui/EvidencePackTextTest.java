package cn.nianbao.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.nianbao.domain.report.Decision;
import cn.nianbao.domain.report.HistoryEntry;
import cn.nianbao.domain.report.ReportDrafting;
import cn.nianbao.domain.report.ReportReading;
import cn.nianbao.domain.report.ReportView;
import cn.nianbao.domain.report.SecrecyClearing;
import cn.nianbao.domain.rule.Finding;
import cn.nianbao.domain.rule.Severity;
import cn.nianbao.domain.unit.UnitService;
import cn.nianbao.domain.user.ActingLeaders;
import cn.nianbao.domain.user.Actor;
import cn.nianbao.domain.user.Role;
import cn.nianbao.domain.user.UserAccountService;
import cn.nianbao.reports.evidence.EvidencePack;
import cn.nianbao.workflow.ReportApprovalWorkflow;

/**
 * The evidence pack is read by people (an inspector, an archive): read back page by page from the PDF, it names
 * everyone by display name, statuses, steps and the format in words, times in China's time, and no internal code.
 */
class EvidencePackTextTest extends KaribuTest {

    /** The codes NoInternalCodesTest keeps off the pages, and a login (a word with a dot in it, as the demo's are). */
    private static final Pattern CODE = Pattern.compile(
            "GOV_20|[A-Z]+-[A-Z]+@|[A-Z]{2,}-[A-Z]{2,}|\\b(DRAFT|IN_SECRECY_REVIEW|IN_LEADER_SIGNOFF|IN_COUNTY_REVIEW|RETURNED|APPROVED"
                    + "|PUBLISHED|IN_CORRECTION|SUBMIT|APPROVE|RETURN|SECRECY|LEADER|COUNTY|CREATE|EDIT)\\b"
                    + "|\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d|\\b[a-z][a-z0-9-]*\\.(clerk|secrecy|leader|deputy)\\b");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Autowired EvidencePack evidence;
    @Autowired ReportDrafting drafting;
    @Autowired ReportReading reading;
    @Autowired ReportApprovalWorkflow workflow;
    @Autowired ActingLeaders acting;
    @Autowired UserAccountService accounts;
    @Autowired UnitService units;

    @Test
    void the_pack_names_people_statuses_steps_formats_and_times_as_people_read_them() throws IOException {
        Drafts drafts = new Drafts(ctx);
        String town = drafts.township();
        ReportView r = drafts.filled(town + ".clerk", town, 2023);
        Long id = r.id();
        drafts.submit(town + ".clerk", id);
        // 保密审查 returns it once, with a comment, then clears it
        Actor secrecy = drafts.actor(town + ".secrecy");
        workflow.complete(secrecy, taskOf(secrecy, id), Decision.RETURN, "请核实第五部分表述");
        drafts.submit(town + ".clerk", id);
        Map<String, String> reasons = new HashMap<>();
        for (Finding f : drafting.validate(secrecy, id).of(Severity.REVIEW)) {
            reasons.put(f.clearanceKey(), "经核实可以公开");
        }
        workflow.complete(secrecy, taskOf(secrecy, id), Decision.APPROVE, "同意", Map.of(),
                new SecrecyClearing("经审查不涉密，同意公开。", reasons));
        // 领导签发 by the leader's deputy (代理签发): the sheet names both
        String deputy = town + ".deputy";
        accounts.create(deputy, "Given-by-Admin-7x", "星火乡副乡长", null);
        accounts.grant(deputy, Role.CLERK, units.findByCode(town).orElseThrow().id());
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        acting.name(drafts.actor(town + ".leader"), units.findByCode(town).orElseThrow().id(), town + ".leader", deputy, today, today.plusDays(2));
        Actor deputyActor = drafts.actor(deputy);
        workflow.complete(deputyActor, taskOf(deputyActor, id), Decision.APPROVE, "同意签发");

        List<String> pages;
        try (PDDocument doc = Loader.loadPDF(evidence.pdf(drafts.actor(town + ".clerk"), id).bytes())) {
            pages = textOfEachPage(doc);
        }
        String all = String.join("\n", pages).replaceAll("\\s+", "");
        assertThat(all).contains("审批单", "2021年版格式", "状态：县级审核中", "星火乡党政办起草人", "星火乡保密审查员",
                "星火乡副乡长（代星火乡分管领导）", "请核实第五部分表述", "经审查不涉密，同意公开。", "审查人：星火乡保密审查员",
                "保密审查", "领导签发", "创建", "提交", "退回", "同意");

        // every time on the sheet is China's time: the submission's minute as in Shanghai, not as in UTC
        HistoryEntry submitted = reading.history(drafts.actor(town + ".clerk"), id).stream()
                .filter(h -> h.action().equals("SUBMIT")).findFirst().orElseThrow();
        String shanghai = MINUTE.format(submitted.at().atZone(ZoneId.of("Asia/Shanghai"))).replace(" ", "");
        String utc = MINUTE.format(submitted.at().atZone(ZoneOffset.UTC)).replace(" ", "");
        assertThat(all).contains(shanghai).doesNotContain(utc);

        for (int i = 0; i < pages.size(); i++) {
            Matcher m = CODE.matcher(pages.get(i));
            List<String> found = new java.util.ArrayList<>();
            while (m.find()) {
                found.add(m.group());
            }
            assertThat(found).as("internal codes or logins on page %d of the pack", i + 1).isEmpty();
        }
    }

    private static List<String> textOfEachPage(PDDocument doc) throws IOException {
        List<String> pages = new java.util.ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper();
        for (int p = 1; p <= doc.getNumberOfPages(); p++) {
            stripper.setStartPage(p);
            stripper.setEndPage(p);
            pages.add(stripper.getText(doc));
        }
        return pages;
    }

    private String taskOf(Actor actor, Long id) {
        return workflow.openTasks(actor).stream().filter(t -> t.reportId().equals(id)).findFirst().orElseThrow().taskId();
    }
}
