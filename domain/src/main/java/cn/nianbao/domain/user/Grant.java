package cn.nianbao.domain.user;

/** A role held in a unit; {@code unitId} is null for the administrator roles. */
public record Grant(Role role, Long unitId, String unitCode) {
}
