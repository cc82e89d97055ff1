package cn.nianbao.domain.report;

/** A reviewer's decision on a stage. */
public enum Decision { APPROVE, RETURN }
