/**
 * Administrative units: a county with its townships and departments, each with a stable code.
 * Reports, users and permissions all hang off a unit.
 */
package cn.nianbao.domain.unit;
