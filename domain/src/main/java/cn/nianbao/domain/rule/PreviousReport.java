package cn.nianbao.domain.rule;

import cn.nianbao.domain.content.ReportContent;


/** The same unit's report of the year before, and whether it was published (Y-S3-CARRY is an ERROR only then). */
public record PreviousReport(ReportContent content, boolean published) {
}
