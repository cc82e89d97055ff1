package cn.nianbao.reports.evidence;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;

import cn.nianbao.domain.report.HistoryEntry;
import cn.nianbao.domain.audit.AuditOutcome;
import cn.nianbao.domain.audit.SecurityAuditLog;
import cn.nianbao.domain.i18n.Messages;
import cn.nianbao.domain.report.AuditAction;
import cn.nianbao.domain.report.ReportDrafting;
import cn.nianbao.domain.report.ReportReading;
import cn.nianbao.domain.report.ReportReview;
import cn.nianbao.domain.report.ReportView;
import cn.nianbao.domain.report.ReviewStage;
import cn.nianbao.domain.report.SecrecyRecord;
import cn.nianbao.domain.unit.UnitService;
import cn.nianbao.domain.unit.UnitView;
import cn.nianbao.domain.user.Actor;
import cn.nianbao.domain.user.UserAccount;
import cn.nianbao.domain.user.UserAccountService;
import cn.nianbao.domain.rule.Severity;
import cn.nianbao.reports.publish.Download;
import cn.nianbao.reports.publish.DownloadKind;
import cn.nianbao.reports.render.Html;
import cn.nianbao.reports.render.HtmlWriter;
import cn.nianbao.reports.render.OfficialLayout;
import cn.nianbao.reports.render.PdfWriter;
import cn.nianbao.reports.render.ReportMeta;

/**
 * Builds the evidence pack PDF for whoever may see the report. It is read by people (an inspector, an archive):
 * people by their display name, statuses, steps and formats in words, times in China's time, never a code.
 */
@Service
public class EvidencePack {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));
    static final String EVIDENCE_EXPORT = "EVIDENCE_EXPORT";

    private static final Messages TEXT = Messages.of("evidence");

    private final ReportReading reading;
    private final SecurityAuditLog auditLog;
    private final ReportReview review;
    private final OfficialLayout layout;
    private final HtmlWriter html;
    private final PdfWriter pdf;
    private final SigningKeys keys;
    private final UnitService units;
    private final UserAccountService users;
    private final ReportDrafting drafting;

    EvidencePack(ReportReading reading, ReportReview review, OfficialLayout layout, HtmlWriter html, PdfWriter pdf,
                 SecurityAuditLog auditLog, SigningKeys keys, UnitService units, UserAccountService users,
                 ReportDrafting drafting) {
        this.keys = keys;
        this.units = units;
        this.users = users;
        this.drafting = drafting;
        this.reading = reading;
        this.auditLog = auditLog;
        this.review = review;
        this.layout = layout;
        this.html = html;
        this.pdf = pdf;
    }

    public Download pdf(Actor actor, Long reportId) {
        ReportView r = reading.get(actor, reportId);
        ReportMeta meta = new ReportMeta(r.summary().unitCode(), r.summary().unitName(), r.summary().year(),
                r.summary().formatId(), r.summary().unitName(), null, null);
        String sheet = approvalSheet(actor, r);
        byte[] bytes = sign(pdf.write(html.document(layout.layOut(r.content(), meta), sheet)).bytes(), r);
        // an evidence pack holds the 保密审查 record and every comment: who took one is a security event
        auditLog.record(actor.username(), EVIDENCE_EXPORT, "report:" + r.id() + " " + r.summary().unitCode() + "/"
                + r.summary().year(), AuditOutcome.SUCCESS);
        return new Download(bytes, DownloadKind.PDF.mediaType(), r.summary().unitCode() + "-" + r.summary().year() + "-evidence.pdf");
    }

    /** Signed with the key of the report's county office (its own keystore entry, else the default one). */
    private byte[] sign(byte[] unsigned, ReportView r) {
        Optional<UnitView> county = Optional.ofNullable(r.summary().countyId()).flatMap(units::findById);
        Optional<SigningKey> key = keys.forCounty(county.map(UnitView::code).orElse(null));
        if (key.isEmpty()) {
            return unsigned;
        }
        String signer = county.map(UnitView::name).orElse(r.summary().unitName());
        return PadesSigner.sign(unsigned, key.get(), TEXT.get("signature.name", signer), TEXT.get("signature.reason"), signer);
    }

    String approvalSheet(Actor actor, ReportView r) {
        Names names = new Names();
        StringBuilder b = new StringBuilder("<section class=\"page-break approval-sheet\"><h1>")
                .append(TEXT.get("title")).append("</h1>");
        b.append("<p>").append(Html.escape(OfficialLayout.title(r.summary().unitName(), r.summary().year())))
                .append(TEXT.get("status", r.status().label(), format(r.summary().formatId()))).append("</p>");
        b.append("<table class=\"official-table\"><thead><tr>");
        for (String column : new String[] {"col.time", "col.step", "col.actor", "col.decision", "col.comment"}) {
            b.append("<th scope=\"col\">").append(TEXT.get(column)).append("</th>");
        }
        b.append("</tr></thead><tbody>");
        for (HistoryEntry h : reading.history(actor, r.id())) {
            AuditAction action = AuditAction.valueOf(h.action());
            if (action == AuditAction.EDIT) {
                continue;
            }
            String stage = h.stage() == null ? "" : ReviewStage.valueOf(h.stage()).label();
            String who = h.onBehalfOf() == null ? names.of(h.actor()) : TEXT.get("acting", names.of(h.actor()), names.of(h.onBehalfOf()));
            b.append("<tr><td>").append(TIME.format(h.at())).append("</td><td>").append(stage).append("</td><td>")
                    .append(Html.escape(who))
                    .append("</td><td>").append(action.label())
                    .append("</td><td>").append(Html.escape(h.comment() == null ? "" : h.comment())).append("</td></tr>");
        }
        b.append("</tbody></table>");
        SecrecyRecord secrecy = review.secrecyRecord(actor, r.id()).orElse(null);
        b.append("<h2>").append(TEXT.get("secrecy.heading")).append("</h2>");
        if (secrecy == null) {
            b.append("<p>").append(TEXT.get("secrecy.none")).append("</p>");
        } else {
            b.append("<p>").append(TEXT.get("secrecy.conclusion",
                    Html.escape(secrecy.conclusion() == null ? "" : secrecy.conclusion()),
                    Html.escape(names.of(secrecy.reviewer())), TIME.format(secrecy.reviewedAt()))).append("</p>");
            for (SecrecyRecord.Clearance c : secrecy.clearances()) {
                b.append("<p>").append(TEXT.get("secrecy.clearance", Html.escape(c.match()),
                        // a finding to change has no reason: the choice 退回修改 is what the sheet says
                        Html.escape(c.reason() == null ? c.choice().label() : c.reason())))
                        .append("</p>");
            }
        }
        b.append("<h2>").append(TEXT.get("explanations.heading")).append("</h2>");
        Map<String, String> explanations = reading.explanations(actor, r.id());
        if (explanations.isEmpty()) {
            b.append("<p>").append(TEXT.get("explanations.none")).append("</p>");
        } else {
            // a warning is named by what it says (as the reviewers read it), never by its rule code
            Map<String, String> said = new LinkedHashMap<>();
            drafting.validate(actor, r.id()).of(Severity.WARNING).forEach(w -> said.putIfAbsent(w.explanationKey(), w.message()));
            explanations.forEach((k, v) -> b.append("<p>")
                    .append(TEXT.get("explanation", Html.escape(said.getOrDefault(k, TEXT.get("explanation.unnamed"))), Html.escape(v)))
                    .append("</p>"));
        }
        return b.append("</section>").toString();
    }

    /** GOV_2021 → 2021年版格式, as the UI names a format. */
    static String format(String formatId) {
        return TEXT.get("format", formatId == null ? "" : formatId.replaceAll("\\D", ""));
    }

    /** People by their display name, each read once a pack; the scheduler is 系统（定时任务）. */
    private final class Names {
        private final Map<String, String> seen = new HashMap<>();

        String of(String username) {
            if (username == null) {
                return "";
            }
            if (ReportReview.SYSTEM.equals(username)) {
                return TEXT.get("person.system");
            }
            return seen.computeIfAbsent(username, u -> users.find(u).map(UserAccount::displayName).orElse(u));
        }
    }
}
