/**
 * The signed-in user's own account: changing the password.
 */
package cn.nianbao.app.ui.account;
