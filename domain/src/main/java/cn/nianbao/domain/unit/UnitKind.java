package cn.nianbao.domain.unit;

import java.util.Optional;

/**
 * The kind of an administrative unit; it decides who must report what (e.g. 条例第五十条 for 人民政府) and which
 * units are areas (省、市、县) whose office oversees and reviews the units below them.
 */
public enum UnitKind {
    XIANG("乡"),
    ZHEN("镇"),
    JIEDAO("街道"),
    COUNTY_DEPARTMENT("县直部门"),
    COUNTY_GOVERNMENT("县人民政府"),
    COUNTY("县（区）"),
    CITY_DEPARTMENT("市直部门"),
    CITY_GOVERNMENT("市人民政府"),
    CITY("市"),
    PROVINCE_DEPARTMENT("省直部门"),
    PROVINCE_GOVERNMENT("省人民政府"),
    PROVINCE("省");

    private final String chinese;

    UnitKind(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }

    /** 乡、镇、街道: the units below a county that make no 规章. */
    public boolean isTownship() {
        return this == XIANG || this == ZHEN || this == JIEDAO;
    }

    /** 乡/镇/县/市/省人民政府: 各级人民政府 must also report 工作考核、社会评议和责任追究结果 (条例第五十条). */
    public boolean isPeoplesGovernment() {
        return this == XIANG || this == ZHEN || this == COUNTY_GOVERNMENT || this == CITY_GOVERNMENT
                || this == PROVINCE_GOVERNMENT;
    }

    /**
     * The level this kind is the area node of, if any. A COUNTY_GOVERNMENT counts as a county node: deployments
     * from before the province tree put the county government at the top of its county, and it stays the node
     * whose office reviews the county's units.
     */
    public Optional<AreaLevel> areaLevel() {
        return switch (this) {
            case COUNTY, COUNTY_GOVERNMENT -> Optional.of(AreaLevel.COUNTY);
            case CITY -> Optional.of(AreaLevel.CITY);
            case PROVINCE -> Optional.of(AreaLevel.PROVINCE);
            default -> Optional.empty();
        };
    }

    public boolean isArea() {
        return areaLevel().isPresent();
    }
}
