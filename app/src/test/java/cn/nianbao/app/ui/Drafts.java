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

    /**
     * A township of its own, in a county of its own, with its 起草人, 保密审查员 and 领导 ({@code <code>.clerk},
     * {@code .secrecy}, {@code .leader}): the demo townships have only so many years, and tests sharing one
     * context must not draft the same unit's year. Answers the township's code.
     */
    public String township() {
        String tag = java.util.UUID.randomUUID().toString().substring(0, 6);
        UnitView county = units.create("tcounty-" + tag, "试验县人民政府", "试验县",
                cn.nianbao.domain.unit.UnitKind.COUNTY_GOVERNMENT, null);
        UnitView town = units.create("ttown-" + tag, "试验县星火乡人民政府", "星火乡",
                cn.nianbao.domain.unit.UnitKind.XIANG, county.code());
        person(town, "clerk", "星火乡党政办起草人", cn.nianbao.domain.user.Role.CLERK);
        person(town, "secrecy", "星火乡保密审查员", cn.nianbao.domain.user.Role.SECRECY_REVIEWER);
        person(town, "leader", "星火乡分管领导", cn.nianbao.domain.user.Role.LEADER);
        return town.code();
    }

    private void person(UnitView town, String kind, String name, cn.nianbao.domain.user.Role role) {
        String user = town.code() + "." + kind;
        accounts.create(user, "Given-by-Admin-7x", name, null);
        accounts.changePassword(user, "Given-by-Admin-7x", "Own-Password-7x");
        accounts.grant(user, role, town.id());
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
