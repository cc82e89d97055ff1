/**
 * Report deadlines: each county sets the date by which its units' reports of a year are due
 * (31 January of the following year unless it says otherwise).
 */
package cn.nianbao.domain.deadline;
