package cn.nianbao.domain.user;

/** A role held in a unit; {@code unitId} is null for ADMIN. */
public record Grant(Role role, Long unitId, String unitCode) {
}
