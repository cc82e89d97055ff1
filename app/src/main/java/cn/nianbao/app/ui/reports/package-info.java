/**
 * 本单位报告: the reports a user may see, and a clerk's "new report" for the next year.
 */
package cn.nianbao.app.ui.reports;
