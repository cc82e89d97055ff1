/**
 * The public artefacts of a published report — HTML, PDF, DOCX, XLSX, JSON, CSV — rendered from the
 * frozen published version and cached per version, so the portal serves them without touching drafts.
 */
package cn.nianbao.reports.publish;
