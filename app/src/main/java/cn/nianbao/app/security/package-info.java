/**
 * Sign-in and who is acting: form login for the UI, stateless HTTP Basic for the API,
 * and the bridge from the signed-in user to the domain's Actor.
 */
package cn.nianbao.app.security;
