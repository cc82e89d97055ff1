package cn.nianbao.domain.format;

import java.math.BigDecimal;

/** What a cell of the official tables may hold. */
public enum CellType {
    /** An integer ≥ 0: counts of documents, applications, cases. */
    INT,
    /** An integer that may be negative: 本年增/减. */
    SIGNED_INT,
    /** A number ≥ 0 with at most four decimals: amounts of money. */
    DECIMAL;

    static CellType fromYaml(String name) {
        return switch (name == null ? "int" : name) {
            case "int" -> INT;
            case "signed_int" -> SIGNED_INT;
            case "decimal" -> DECIMAL;
            default -> throw new IllegalArgumentException("unknown cell type " + name);
        };
    }

    public boolean accepts(BigDecimal value) {
        return switch (this) {
            case INT -> isWhole(value) && value.signum() >= 0;
            case SIGNED_INT -> isWhole(value);
            case DECIMAL -> value.signum() >= 0 && value.stripTrailingZeros().scale() <= 4;
        };
    }

    private static boolean isWhole(BigDecimal value) {
        return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
    }
}
