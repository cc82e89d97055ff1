/**
 * The bounds of what a person may send: the longest text of each field, the numbers a cell can hold exactly, the
 * pages and years a request may name. One place for the domain, the API and the UI (which sets the same maxima on
 * its fields), documented in docs/security.md. Depends on nothing but the refusal and the messages.
 */
package cn.nianbao.domain.input;
