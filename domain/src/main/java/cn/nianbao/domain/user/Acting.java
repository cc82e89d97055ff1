package cn.nianbao.domain.user;

import java.time.LocalDate;

/**
 * A leader's role held for a while by someone else (代理签发): in {@code unitId}, on behalf of {@code leader}, until
 * {@code endsOn} inclusive. The actor carries it only on the days of the period.
 */
public record Acting(Long unitId, String unitCode, String leader, String leaderName, LocalDate endsOn) {
}
