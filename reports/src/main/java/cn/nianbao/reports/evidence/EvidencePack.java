package cn.nianbao.reports.evidence;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import org.springframework.stereotype.Service;

import cn.nianbao.domain.report.HistoryEntry;
import cn.nianbao.domain.report.ReportLifecycleService;
import cn.nianbao.domain.report.ReportService;
import cn.nianbao.domain.report.ReportView;
import cn.nianbao.domain.report.ReviewStage;
import cn.nianbao.domain.report.SecrecyRecord;
import cn.nianbao.domain.user.Actor;
import cn.nianbao.reports.publish.Download;
import cn.nianbao.reports.publish.DownloadKind;
import cn.nianbao.reports.render.Html;
import cn.nianbao.reports.render.HtmlWriter;
import cn.nianbao.reports.render.OfficialLayout;
import cn.nianbao.reports.render.PdfWriter;
import cn.nianbao.reports.render.ReportMeta;

/** Builds the evidence pack PDF for whoever may see the report. */
@Service
public class EvidencePack {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));
    private static final Map<String, String> ACTIONS = Map.of("CREATE", "创建", "EDIT", "修改", "SUBMIT", "提交",
            "APPROVE", "同意", "RETURN", "退回", "SCHEDULE", "定时发布", "PUBLISH", "发布", "CORRECTION", "更正");

    private final ReportService reports;
    private final ReportLifecycleService lifecycle;
    private final OfficialLayout layout;
    private final HtmlWriter html;
    private final PdfWriter pdf;

    EvidencePack(ReportService reports, ReportLifecycleService lifecycle, OfficialLayout layout, HtmlWriter html,
                 PdfWriter pdf) {
        this.reports = reports;
        this.lifecycle = lifecycle;
        this.layout = layout;
        this.html = html;
        this.pdf = pdf;
    }

    public Download pdf(Actor actor, Long reportId) {
        ReportView r = reports.get(actor, reportId);
        ReportMeta meta = new ReportMeta(r.summary().unitCode(), r.summary().unitName(), r.summary().year(),
                r.summary().formatId(), r.summary().unitName(), null, null);
        String sheet = approvalSheet(actor, r);
        byte[] bytes = pdf.write(html.document(layout.layOut(r.content(), meta), sheet)).bytes();
        return new Download(bytes, DownloadKind.PDF.mediaType(), r.summary().unitCode() + "-" + r.summary().year() + "-evidence.pdf");
    }

    String approvalSheet(Actor actor, ReportView r) {
        StringBuilder b = new StringBuilder("<section class=\"page-break approval-sheet\"><h1>审批单</h1>");
        b.append("<p>").append(Html.escape(OfficialLayout.title(r.summary().unitName(), r.summary().year())))
                .append("（状态：").append(r.status()).append("）</p>");
        b.append("<table class=\"official-table\"><thead><tr><th scope=\"col\">时间</th><th scope=\"col\">环节</th>"
                + "<th scope=\"col\">处理人</th><th scope=\"col\">决定</th><th scope=\"col\">意见</th></tr></thead><tbody>");
        for (HistoryEntry h : lifecycle.history(actor, r.id())) {
            if (h.action().equals("EDIT")) {
                continue;
            }
            String stage = h.stage() == null ? "" : ReviewStage.valueOf(h.stage()).chinese();
            b.append("<tr><td>").append(TIME.format(h.at())).append("</td><td>").append(stage).append("</td><td>")
                    .append(Html.escape(h.actor())).append("</td><td>").append(ACTIONS.getOrDefault(h.action(), h.action()))
                    .append("</td><td>").append(Html.escape(h.comment() == null ? "" : h.comment())).append("</td></tr>");
        }
        b.append("</tbody></table>");
        SecrecyRecord secrecy = lifecycle.secrecyRecord(actor, r.id()).orElse(null);
        b.append("<h2>保密审查结论</h2>");
        if (secrecy == null) {
            b.append("<p>尚未完成保密审查。</p>");
        } else {
            b.append("<p>").append(Html.escape(secrecy.conclusion())).append("（审查人：").append(Html.escape(secrecy.reviewer()))
                    .append("，").append(TIME.format(secrecy.reviewedAt())).append("）</p>");
            for (SecrecyRecord.Clearance c : secrecy.clearances()) {
                b.append("<p>「").append(Html.escape(c.match())).append("」：").append(Html.escape(c.reason())).append("</p>");
            }
        }
        b.append("<h2>提示事项说明</h2>");
        Map<String, String> explanations = lifecycle.explanations(actor, r.id());
        if (explanations.isEmpty()) {
            b.append("<p>无。</p>");
        }
        explanations.forEach((k, v) -> b.append("<p>").append(Html.escape(k)).append("：").append(Html.escape(v)).append("</p>"));
        return b.append("</section>").toString();
    }
}
