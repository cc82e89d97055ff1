package cn.nianbao.reports.publish;

import java.util.List;

import cn.nianbao.domain.content.ReportContent;
import cn.nianbao.domain.report.PublishedVersion;
import cn.nianbao.reports.render.LaidOutReport;

/**
 * A published report as the portal shows it: the current version laid out, its HTML, and the public history
 * (newest first; every entry after the first publication carries its 更正说明).
 */
public record PublicReport(PublishedVersion current, ReportContent content, LaidOutReport layout, String html,
                           List<PublishedVersion> history) {
}
