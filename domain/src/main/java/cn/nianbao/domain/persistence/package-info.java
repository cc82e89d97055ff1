/** How the domain's entities are written to the database. */
package cn.nianbao.domain.persistence;
