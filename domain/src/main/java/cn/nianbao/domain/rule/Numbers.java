package cn.nianbao.domain.rule;

import java.math.BigDecimal;
import java.util.Collection;

/** Arithmetic and display of cell values, as the messages show them. */
final class Numbers {

    private Numbers() {
    }

    static String plain(BigDecimal v) {
        return v.signum() == 0 ? "0" : v.stripTrailingZeros().toPlainString();
    }

    static BigDecimal sum(Collection<BigDecimal> values) {
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    static boolean same(BigDecimal a, BigDecimal b) {
        return a.compareTo(b) == 0;
    }
}
