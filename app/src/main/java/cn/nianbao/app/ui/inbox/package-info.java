/**
 * 我的待办: the user's open tasks with their deadlines, and the notifications with an unread count.
 */
package cn.nianbao.app.ui.inbox;
