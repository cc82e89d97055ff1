/**
 * How the domain says no: one exception whose kind the API maps to 400/403/404/409/412
 * and the UI shows as its Chinese message.
 */
package cn.nianbao.domain.refusal;
