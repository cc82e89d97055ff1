/**
 * People and the roles they hold per unit (clerk, 保密审查, leader, county office, admin).
 * Every permission check starts from an {@link cn.nianbao.domain.user.Actor}.
 */
package cn.nianbao.domain.user;
