/**
 * The county office's cockpit (its units × the year: stage, deadline, returns) and the county totals
 * (汇总表) with drill-down and comparison with the year before.
 */
package cn.nianbao.app.ui.county;
