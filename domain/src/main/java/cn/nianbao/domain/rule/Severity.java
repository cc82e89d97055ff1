package cn.nianbao.domain.rule;

/**
 * ERROR blocks submission; WARNING needs a written explanation; REVIEW is for the 保密审查 reviewer to clear.
 */
public enum Severity { ERROR, WARNING, REVIEW }
