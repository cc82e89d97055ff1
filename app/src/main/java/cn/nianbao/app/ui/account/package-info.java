/**
 * The signed-in user's own account: the account page with the personal access tokens, changing the password, and
 * the page a password that must change leads to.
 */
package cn.nianbao.app.ui.account;
