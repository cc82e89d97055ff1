/**
 * The edges of the servlet container, where no controller answers: the error dispatch ({@code /error}), Tomcat's
 * own error reports (a request it rejects before any servlet, such as a path with bad percent escapes), and paths
 * under {@code /api/} that lead nowhere. Under {@code /api/} every one of them answers the JSON error body of
 * api.md, {@code {"error", "message"}}, whatever the client accepts; elsewhere a plain Chinese page, never a
 * stack trace and never a redirect to the login page.
 */
package cn.nianbao.app.web;
