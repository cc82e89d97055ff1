/**
 * Onboarding of units by administrators: a whole sheet of units checked at once (every problem by row, in
 * Chinese), imported only when clean and idempotently by code; and the single-unit directory behind the admin API.
 */
package cn.nianbao.domain.onboarding;
