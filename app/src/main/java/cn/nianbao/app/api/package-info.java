/**
 * The REST API of api.md: JSON over HTTP Basic, the same services and permission checks as the UI,
 * and error bodies that name the problem in Chinese — never a stack trace, never a 500 for bad input.
 */
package cn.nianbao.app.api;
