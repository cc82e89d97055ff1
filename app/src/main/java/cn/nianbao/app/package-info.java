/**
 * The application: Spring Boot main, the Vaadin UI, security, the REST API and the public portal.
 * It sits on the domain, workflow and reports services and never on their repositories.
 */
package cn.nianbao.app;
