package cn.nianbao.reports.render;

import java.time.Instant;

/**
 * What a published report carries besides its content: 发布机构, 发布日期, 索引号, and the unit and year it
 * belongs to. {@code publishedAt} and {@code indexNo} are null for a draft (print preview).
 */
public record ReportMeta(String unitCode, String unitName, int year, String formatId, String publisher,
                         Instant publishedAt, String indexNo) {
}
