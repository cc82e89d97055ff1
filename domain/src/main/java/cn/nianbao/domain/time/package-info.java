/**
 * The one clock the domain and the workflow read, so that deadlines and scheduled publication can be
 * tested with a controllable clock.
 */
package cn.nianbao.domain.time;
