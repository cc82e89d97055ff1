/**
 * County aggregation: the sum of every cell over a county's published reports of a year, computed by one
 * SQL aggregate in the domain and laid out here along the format definition.
 */
package cn.nianbao.reports.aggregate;
