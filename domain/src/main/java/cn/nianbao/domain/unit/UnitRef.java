package cn.nianbao.domain.unit;

/** The unit a report belongs to, as the interchange format names it. */
public record UnitRef(String code, String name, UnitKind kind) {
}
