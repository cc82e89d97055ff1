package cn.nianbao.app.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import cn.nianbao.domain.refusal.Refusal;

/**
 * Whatever a view did not catch reaches the user as a Chinese message, never as a stack trace: a refusal with
 * its own reason, anything else as "操作未完成" (and in the log for the administrator).
 */
@Component
class FriendlyErrors implements VaadinServiceInitListener {

    private static final Logger LOG = LoggerFactory.getLogger(FriendlyErrors.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> e.getSession().setErrorHandler(FriendlyErrors::show));
    }

    private static void show(ErrorEvent event) {
        Throwable t = event.getThrowable();
        while (t.getCause() != null && !(t instanceof Refusal)) {
            t = t.getCause();
        }
        String message;
        if (t instanceof Refusal r) {
            message = r.getMessage();
        } else {
            LOG.error("unexpected UI failure", event.getThrowable());
            message = "操作未完成：系统出现意外错误，已记录。请稍后重试，或联系县政府办公室。";
        }
        if (UI.getCurrent() != null) {
            Notices.refused(message);
        }
    }
}
