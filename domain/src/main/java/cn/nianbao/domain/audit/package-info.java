/**
 * The security audit log (等保 安全审计): one append-only, hash-chained table of sign-ins, lockouts,
 * password and role changes, with a verification that names the first entry that was altered.
 */
package cn.nianbao.domain.audit;
