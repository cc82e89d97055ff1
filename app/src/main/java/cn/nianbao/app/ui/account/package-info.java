/**
 * The signed-in user's own account: changing the password, and the page a password that must change leads to.
 */
package cn.nianbao.app.ui.account;
