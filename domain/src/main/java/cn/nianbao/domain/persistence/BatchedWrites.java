package cn.nianbao.domain.persistence;

import java.util.Map;

import org.springframework.boot.autoconfigure.orm.jpa.HibernatePropertiesCustomizer;
import org.springframework.stereotype.Component;

/**
 * Hibernate sends the rows a flush writes as JDBC batches, grouped by table, so a report's changed cells go out
 * together (and, with PgJDBC's {@code reWriteBatchedInserts}, as multi-row inserts); only the columns an update
 * changes are compared, never re-read. Set here, with the entities, so every module that runs the domain (the app,
 * the workflow's and the domain's tests) writes the same way.
 */
@Component
class BatchedWrites implements HibernatePropertiesCustomizer {

    @Override
    public void customize(Map<String, Object> properties) {
        properties.putIfAbsent("hibernate.jdbc.batch_size", 128);
        properties.putIfAbsent("hibernate.order_inserts", true);
        properties.putIfAbsent("hibernate.order_updates", true);
        properties.putIfAbsent("hibernate.jdbc.batch_versioned_data", true);
    }
}
