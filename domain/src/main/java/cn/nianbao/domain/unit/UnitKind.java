package cn.nianbao.domain.unit;

import java.util.Locale;
import java.util.Optional;

import cn.nianbao.domain.i18n.Messages;

/**
 * The kind of an administrative unit; it decides who must report what (e.g. 条例第五十条 for 人民政府) and which
 * units are areas (省、市、县) whose office oversees and reviews the units below them. Labels: the unit bundle.
 */
public enum UnitKind {
    XIANG,
    ZHEN,
    JIEDAO,
    COUNTY_DEPARTMENT,
    COUNTY_GOVERNMENT,
    COUNTY,
    CITY_DEPARTMENT,
    CITY_GOVERNMENT,
    CITY,
    PROVINCE_DEPARTMENT,
    PROVINCE_GOVERNMENT,
    PROVINCE;

    private static final Messages TEXT = Messages.of("unit");

    /** The kind as the person reading it calls it: 乡, or "Township" in English. */
    public String label() {
        return TEXT.get("kind." + name());
    }

    /** The Chinese name whatever the reader's language, for texts that quote the official wording (乡、镇、…). */
    public String chinese() {
        return TEXT.in(Locale.SIMPLIFIED_CHINESE, "kind." + name());
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
