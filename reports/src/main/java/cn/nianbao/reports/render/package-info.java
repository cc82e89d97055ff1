/**
 * Rendering of the official layout: one grid model of every table, walked from the format definition,
 * written out as HTML (portal and print preview), PDF, DOCX, XLSX and CSV.
 */
package cn.nianbao.reports.render;
