package cn.nianbao.domain.rule;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Loads the name-recognition dictionaries (~45 MB) on a thread of their own, a while after the application is
 * ready: right at the start they would take CPU from the first requests (the JIT compilers still fill both cores
 * then), and later the first clerk's keystroke does not wait for them. A validation before that loads them itself.
 */
@Component
class RuleDictionariesWarmUp {

    private static final Logger LOG = LoggerFactory.getLogger(RuleDictionariesWarmUp.class);

    private final Duration delay;

    RuleDictionariesWarmUp(@Value("${nianbao.rules.warm-up-delay:PT20S}") Duration delay) {
        this.delay = delay;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        Thread t = new Thread(() -> {
            try {
                Thread.sleep(delay.toMillis());
            } catch (InterruptedException e) {
                return; // the application stops
            }
            long start = System.nanoTime();
            PersonNames.find("申请人李建国反映");
            LOG.info("name dictionaries loaded in {} ms", (System.nanoTime() - start) / 1_000_000);
        }, "rule-dictionaries");
        t.setDaemon(true);
        t.start();
    }
}
