/**
 * The report aggregate: one per unit and year, its content, status and version.
 * {@link cn.nianbao.domain.report.ReportService} is the one door: it checks who may see and change what.
 */
package cn.nianbao.domain.report;
