/**
 * The validation rules of rules.md: arithmetic, across years, text and the confidentiality pre-screen.
 * Validation is a pure in-memory pass over one report and what the context supplies.
 */
package cn.nianbao.domain.rule;
