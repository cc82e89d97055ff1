/**
 * The public portal: server-rendered HTML (not Vaadin), no sign-in and no session, with caching headers;
 * it reads only published versions through the reports module.
 */
package cn.nianbao.app.portal;
