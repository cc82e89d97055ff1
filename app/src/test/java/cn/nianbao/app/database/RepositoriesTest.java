package cn.nianbao.app.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.repository.Repository;

import cn.nianbao.app.AppTest;

/**
 * The application makes its repositories at their first use (NianbaoApplication, start-up): here every one of them is
 * made, so Spring Data checks each declared query against the entities and a broken one fails a test, not the first
 * request that needs it.
 */
@AppTest
class RepositoriesTest {

    @Autowired ApplicationContext context;

    @Test
    void every_repository_and_its_queries_are_made() {
        Map<String, Repository> repositories = context.getBeansOfType(Repository.class);

        // the twelve of cn.nianbao.domain when this was written; more are welcome
        assertThat(repositories).hasSizeGreaterThanOrEqualTo(12);
        assertThat(repositories).containsKeys("reportRepository", "appUserRepository");
    }
}
