package cn.nianbao.domain.format;

/** How a section of the report is filled: prose only, or prose plus its fixed tables. */
public enum SectionKind { TEXT, TABLES, MATRIX, TABLE }
