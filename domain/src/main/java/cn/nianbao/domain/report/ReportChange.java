package cn.nianbao.domain.report;

/** One cell or text that differs between what a stage last decided on and the report now. */
public record ReportChange(String key, String label, String before, String after) {
}
