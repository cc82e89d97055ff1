package cn.nianbao.domain.unit;

/** The kind of an administrative unit; it decides who must report what (e.g. 条例第五十条 for 人民政府). */
public enum UnitKind {
    XIANG("乡"),
    ZHEN("镇"),
    JIEDAO("街道"),
    COUNTY_DEPARTMENT("县直部门"),
    COUNTY_GOVERNMENT("县人民政府");

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

    /** 乡/镇/县人民政府: 各级人民政府 must also report 工作考核、社会评议和责任追究结果 (条例第五十条). */
    public boolean isPeoplesGovernment() {
        return this == XIANG || this == ZHEN || this == COUNTY_GOVERNMENT;
    }
}
