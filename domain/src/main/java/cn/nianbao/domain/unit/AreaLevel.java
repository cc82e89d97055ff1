package cn.nianbao.domain.unit;

/** The levels of the tree whose office oversees the units below it: 县、市、省. */
public enum AreaLevel {
    COUNTY,
    CITY,
    PROVINCE
}
