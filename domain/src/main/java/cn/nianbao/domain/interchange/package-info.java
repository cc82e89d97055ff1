/**
 * The report interchange format (nianbao.report/1): strict import and complete export.
 * It is a public contract; malformed input is refused with the key path, never half-stored.
 */
package cn.nianbao.domain.interchange;
