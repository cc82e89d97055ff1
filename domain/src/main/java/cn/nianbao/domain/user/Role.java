package cn.nianbao.domain.user;

/** What a person may do, always in one unit (ADMIN in none). */
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
    /** Runs the system: units, users, roles. */
    ADMIN
}
