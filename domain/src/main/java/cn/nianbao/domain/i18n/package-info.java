/**
 * Messages people read, in bundles per feature: Chinese first, English second. Domain, workflow and rendering
 * texts come from here, never from literals in code.
 */
package cn.nianbao.domain.i18n;
