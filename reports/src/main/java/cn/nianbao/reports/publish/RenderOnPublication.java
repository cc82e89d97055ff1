package cn.nianbao.reports.publish;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import cn.nianbao.domain.report.ReportPublished;

import jakarta.annotation.PreDestroy;

/**
 * A published version's page and downloads are rendered when it is published (again after a correction), once the
 * publication has committed, on a thread of their own so the county office's click does not wait for the PDF.
 * A node that did not see the event renders on first read instead.
 */
@Component
class RenderOnPublication {

    private static final Logger LOG = LoggerFactory.getLogger(RenderOnPublication.class);

    private final PublicArtefacts artefacts;
    private final ExecutorService renderer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "public-artefacts");
        t.setDaemon(true);
        return t;
    });

    RenderOnPublication(PublicArtefacts artefacts) {
        this.artefacts = artefacts;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(ReportPublished e) {
        // this node's readers stop getting the previous version at once; other nodes within their revalidation time
        artefacts.forget(e.report().unitCode(), e.report().year());
        renderer.submit(() -> {
            try {
                artefacts.prepare(e.report().unitCode(), e.report().year());
            } catch (RuntimeException failure) {
                LOG.warn("rendering the public artefacts of report {} failed; they render on first read",
                        e.report().reportId(), failure);
            }
        });
    }

    @PreDestroy
    void stop() {
        renderer.shutdownNow();
    }
}
