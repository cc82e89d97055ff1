package cn.nianbao.domain.rule;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Loads the name-recognition dictionaries (a few seconds, ~45 MB) once the application is ready, on a thread of
 * their own: the start is not delayed, and the first clerk's keystroke does not wait for them.
 */
@Component
class RuleDictionariesWarmUp {

    private static final Logger LOG = LoggerFactory.getLogger(RuleDictionariesWarmUp.class);

    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        Thread t = new Thread(() -> {
            long start = System.nanoTime();
            PersonNames.find("申请人李建国反映");
            LOG.info("name dictionaries loaded in {} ms", (System.nanoTime() - start) / 1_000_000);
        }, "rule-dictionaries");
        t.setDaemon(true);
        t.start();
    }
}
