/**
 * Demo data for the zero-set-up H2 run: 兰西县, its townships, the demo accounts of api.md and the
 * seed report. Never loaded in the postgres profile.
 */
package cn.nianbao.app.demo;
