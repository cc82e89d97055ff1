package cn.nianbao.domain.unit;

import java.util.Locale;

import cn.nianbao.domain.i18n.Messages;

/** The kind of an administrative unit; it decides who must report what (e.g. 条例第五十条 for 人民政府). */
public enum UnitKind {
    XIANG,
    ZHEN,
    JIEDAO,
    COUNTY_DEPARTMENT,
    COUNTY_GOVERNMENT;

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

    /** 乡/镇/县人民政府: 各级人民政府 must also report 工作考核、社会评议和责任追究结果 (条例第五十条). */
    public boolean isPeoplesGovernment() {
        return this == XIANG || this == ZHEN || this == COUNTY_GOVERNMENT;
    }
}
