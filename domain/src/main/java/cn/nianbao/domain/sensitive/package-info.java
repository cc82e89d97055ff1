/**
 * The county's own list of sensitive words, which the SEC-WORD pre-screen looks for.
 * The county office keeps it; it applies to every unit of the county.
 */
package cn.nianbao.domain.sensitive;
