/**
 * The report feature: the {@link cn.nianbao.domain.report.Report} aggregate guards its moves; its doors are split by
 * intention — {@code ReportDrafting} (the clerk), {@code ReportReview} (the reviewers and the county office),
 * {@code ReportReading} (reading as a person) and {@code PublishedReports} (the public read side, no actor) — and
 * every permission goes through the one {@code ReportGuard}. Each move publishes a {@link cn.nianbao.domain.report.ReportEvent}.
 */
package cn.nianbao.domain.report;
