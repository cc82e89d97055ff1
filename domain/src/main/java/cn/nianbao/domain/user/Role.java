package cn.nianbao.domain.user;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import cn.nianbao.domain.unit.AreaLevel;

/**
 * What a person may do. The report roles are held in a unit; the three administrator roles (三权分立) are held
 * without one, and nobody holds two of them.
 */
public enum Role {
    /** 起草: writes the unit's report. */
    CLERK,
    /** 保密审查: clears the confidentiality findings before anything leaves the unit. */
    SECRECY_REVIEWER,
    /** 领导签发: the township or department leader who signs the report off. */
    LEADER,
    /** 县级审核、发布: the county government office, for the units of its county. */
    COUNTY_OFFICE,
    /** 市政府办公室: oversees the city's counties read-only; reviews and publishes the city's own units. */
    CITY_OFFICE,
    /** 省政府办公室: oversees the province read-only; reviews and publishes the province's own units. */
    PROVINCE_OFFICE,
    /** 系统管理员: units, users and roles; no report content. */
    SYSTEM_ADMIN,
    /** 安全管理员: unlocks accounts, resets passwords, reviews who holds which role. */
    SECURITY_ADMIN,
    /** 审计管理员: reads, exports and verifies the security audit log; nothing else. */
    AUDIT_ADMIN;

    /** The separated administrator roles of 等保 level 3. */
    public static final Set<Role> ADMINISTRATORS = EnumSet.of(SYSTEM_ADMIN, SECURITY_ADMIN, AUDIT_ADMIN);

    /** The roles of a unit's own work on its report (起草、保密审查、签发). */
    public static final Set<Role> REPORT_ROLES = EnumSet.of(CLERK, SECRECY_REVIEWER, LEADER);

    public boolean isAdministrator() {
        return ADMINISTRATORS.contains(this);
    }

    /** The level of the area whose office this role is (县、市、省政府办公室); empty for every other role. */
    public Optional<AreaLevel> officeLevel() {
        return switch (this) {
            case COUNTY_OFFICE -> Optional.of(AreaLevel.COUNTY);
            case CITY_OFFICE -> Optional.of(AreaLevel.CITY);
            case PROVINCE_OFFICE -> Optional.of(AreaLevel.PROVINCE);
            default -> Optional.empty();
        };
    }
}
