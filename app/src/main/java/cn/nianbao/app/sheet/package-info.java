/**
 * The onboarding spreadsheets (units, people) as the API and the admin screen receive them: CSV or XLSX read into
 * numbered rows by their header names, before the domain checks them as a whole.
 */
package cn.nianbao.app.sheet;
