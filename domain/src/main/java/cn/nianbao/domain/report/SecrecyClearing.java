package cn.nianbao.domain.report;

import java.util.Map;

/**
 * What the 保密审查 reviewer records on approval: a conclusion, and for every REVIEW finding (keyed by
 * {@code Finding.clearanceKey()}) why it may stay.
 */
public record SecrecyClearing(String conclusion, Map<String, String> reasons) {

    public SecrecyClearing {
        reasons = reasons == null ? Map.of() : Map.copyOf(reasons);
    }
}
