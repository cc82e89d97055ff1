/**
 * Figures coming in from a spreadsheet: a workbook filled in Excel or WPS (an XLSX export of the report, or the
 * blank template), and a block of rows copied from a spreadsheet and pasted as text. Both are read against the
 * official layout into cell values the editor applies to its working copy; nothing here stores anything. What
 * cannot be read is named by worksheet, row and column, and by the official labels of the cell.
 */
package cn.nianbao.reports.intake;
