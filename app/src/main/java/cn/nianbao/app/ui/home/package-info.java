/**
 * The home page: for each role the answer to "what do I do now" — the clerk's report of the year, the reviewers'
 * tasks, the county office's cockpit with 催办.
 */
package cn.nianbao.app.ui.home;
