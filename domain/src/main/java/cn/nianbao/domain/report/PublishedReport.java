package cn.nianbao.domain.report;

import cn.nianbao.domain.content.ReportContent;


/** A published version with its content. */
public record PublishedReport(PublishedVersion version, ReportContent content) {
}
