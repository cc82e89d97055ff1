package cn.nianbao.domain.onboarding;

/** One row of an onboarding sheet as read, untrimmed values as typed; {@code row} is the sheet's row number. */
public record UnitRow(int row, String code, String name, String shortName, String kind, String parentCode) {

    static String clean(String s) {
        return s == null ? "" : s.strip();
    }
}
