/**
 * The Vaadin UI: server-side views that call the domain and workflow services.
 * Every string comes from the vaadin-i18n bundle, Chinese first.
 */
package cn.nianbao.app.ui;
