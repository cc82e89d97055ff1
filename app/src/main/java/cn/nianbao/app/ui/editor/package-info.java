/**
 * The clerk's report editor in the official layout: every cell of the format as an input, totals computed,
 * findings updated on every change, save with optimistic locking, import/export, submission.
 */
package cn.nianbao.app.ui.editor;
