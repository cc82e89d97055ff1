package cn.nianbao.app.ui;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.ApplicationContext;

import cn.nianbao.domain.content.ReportContent;
import cn.nianbao.domain.interchange.ReportJsonCodec;
import cn.nianbao.domain.report.ReportDrafting;
import cn.nianbao.domain.report.ReportView;
import cn.nianbao.domain.rule.Finding;
import cn.nianbao.domain.rule.Severity;
import cn.nianbao.domain.unit.UnitService;
import cn.nianbao.domain.unit.UnitView;
import cn.nianbao.domain.user.Actor;
import cn.nianbao.domain.user.UserAccountService;
import cn.nianbao.workflow.ReportApprovalWorkflow;

/** Test data through the real services (not a bean: only the tests that ask for it use it): a complete draft of a demo unit (the README's example report), submitted. */
public class Drafts {

    private final ReportDrafting drafting;
    private final ReportApprovalWorkflow workflow;
    private final ReportJsonCodec codec;
    private final UnitService units;
    private final UserAccountService accounts;

    public Drafts(ApplicationContext ctx) {
        this.drafting = ctx.getBean(ReportDrafting.class);
        this.workflow = ctx.getBean(ReportApprovalWorkflow.class);
        this.codec = ctx.getBean(ReportJsonCodec.class);
        this.units = ctx.getBean(UnitService.class);
        this.accounts = ctx.getBean(UserAccountService.class);
    }

    public Actor actor(String username) {
        return accounts.actor(username).orElseThrow();
    }

    /** The example report, re-addressed to the unit and year. */
    public ReportContent example(String unitCode, int year) {
        UnitView unit = units.findByCode(unitCode).orElseThrow();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("lanxi-lanhe-2026.json")) {
            String json = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("lanxi-lanhe", unit.code()).replace("兰西县兰河乡人民政府", unit.name())
                    .replace("兰河乡", unit.shortName()).replace("2026", String.valueOf(year));
            return codec.read(json.getBytes(StandardCharsets.UTF_8)).withUnit(unit.ref());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A stored draft with every cell and text filled in. */
    public ReportView filled(String clerk, String unitCode, int year) {
        Actor a = actor(clerk);
        ReportView draft = drafting.createDraft(a, unitCode, year);
        return drafting.update(a, draft.id(), draft.version(), example(unitCode, year));
    }

    /** Submits, explaining every warning. */
    public void submit(String clerk, Long id) {
        Actor a = actor(clerk);
        Map<String, String> explained = new LinkedHashMap<>();
        for (Finding w : drafting.validate(a, id).of(Severity.WARNING)) {
            explained.put(w.explanationKey(), "本单位情况特殊，已向县政府办说明。");
        }
        workflow.submit(a, id, explained);
    }
}
