/**
 * The default run's database: an embedded PostgreSQL with its data in ./data/pg, started before the DataSource
 * and stopped with the context, so the zero-set-up run speaks the same SQL as production and commits durably.
 */
package cn.nianbao.app.database;
