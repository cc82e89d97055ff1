package cn.nianbao.reports.publish;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.nianbao.domain.i18n.Messages;
import cn.nianbao.domain.report.PublishedVersion;
import cn.nianbao.reports.render.Html;
import cn.nianbao.reports.render.LaidOutReport;

/**
 * The public page of one published version: the report in the official layout, its downloads each with its
 * SHA-256 (so a reader can check that a file is the one published), and the public history of publications and
 * corrections.
 */
final class ReportPage {

    private static final Messages TEXT = Messages.of("portal");
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private ReportPage() {
    }

    static String html(LaidOutReport laid, String fragment, List<PublishedVersion> history, Map<String, String> sha256) {
        String unitCode = laid.meta().unitCode();
        String base = "/public/reports/" + Html.escape(unitCode) + "/" + laid.meta().year();
        StringBuilder b = new StringBuilder("<nav class=\"crumbs\" aria-label=\"").append(TEXT.get("crumbs.label"))
                .append("\"><a href=\"/public/reports\">").append(TEXT.get("crumbs.list")).append("</a> › ")
                .append(Html.escape(laid.meta().unitName())).append("</nav>");
        b.append(fragment);
        b.append("<h2>").append(TEXT.get("downloads")).append("</h2><ul class=\"downloads\">");
        for (DownloadKind k : DownloadKind.values()) {
            b.append("<li><a href=\"").append(base).append('.').append(k.extension()).append("\">")
                    .append(k.extension().toUpperCase(Locale.ROOT)).append("</a>");
            String hash = sha256.get(k.name());
            if (hash != null) {
                b.append("<span class=\"sha\" title=\"").append(TEXT.get("downloads.sha256.title")).append("\">SHA-256 ")
                        .append(hash).append("</span>");
            }
            b.append("</li>");
        }
        b.append("</ul>");
        b.append("<h2 id=\"history\">").append(TEXT.get("history")).append("</h2><ol class=\"history\">");
        DateTimeFormatter date = date();
        for (PublishedVersion v : history) {
            String day = date.format(v.publishedAt());
            b.append("<li>").append(v.correctionReason() == null ? TEXT.get("history.published", day)
                    : TEXT.get("history.corrected", day, Html.escape(v.correctionReason()))).append("</li>");
        }
        b.append("</ol>");
        return PublicPage.page(laid.title(), b.toString());
    }

    /** Days as the bundle writes them (2021年1月20日), in Beijing time. */
    static DateTimeFormatter date() {
        return DateTimeFormatter.ofPattern(TEXT.get("date.pattern"), Locale.ENGLISH).withZone(CHINA);
    }
}
