package cn.nianbao.workflow;

import org.flowable.spring.SpringProcessEngineConfiguration;
import org.flowable.spring.boot.EngineConfigurationConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Engine settings that save statements per step (bench/README.md). Nothing here listens to the engine's own events
 * (the domain announces what happened to a report), so the engine does not dispatch them: ending a task then
 * deletes its candidate links without first reading them to announce each.
 */
@Configuration
class EngineSettings {

    @Bean
    EngineConfigurationConfigurer<SpringProcessEngineConfiguration> fewerStatementsPerStep() {
        return engine -> engine.setEnableEventDispatcher(false);
    }
}
