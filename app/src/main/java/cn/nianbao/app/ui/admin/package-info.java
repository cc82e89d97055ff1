/**
 * Administration: units and users with their roles (administrators), the county's report deadline and
 * sensitive-word list (county office). Every change is checked again by the domain services.
 */
package cn.nianbao.app.ui.admin;
