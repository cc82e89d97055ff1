/**
 * The evidence pack: the report's PDF followed by its approval sheet (every stage, the 保密审查 conclusion,
 * the warning explanations). It takes the place of the signed and sealed paper copy.
 */
package cn.nianbao.reports.evidence;
