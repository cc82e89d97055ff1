/**
 * A report read-only in the official layout, with what its reviewer needs: the 保密审查 findings to clear,
 * what changed since the stage last looked, the explanations, the history, and the decision buttons.
 */
package cn.nianbao.app.ui.review;
