package cn.nianbao.app.security;

import org.springframework.stereotype.Component;

import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletService;

/**
 * When the session has ended (idle timeout, password change elsewhere, session limit) the browser goes straight
 * to the login page, which says why in Chinese, instead of Vaadin's English "Session Expired" box.
 */
@Component
class VaadinSessionSettings implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        String context = event.getSource() instanceof VaadinServletService s && s.getServlet() != null
                ? s.getServlet().getServletContext().getContextPath() : "";
        CustomizedSystemMessages messages = new CustomizedSystemMessages();
        messages.setSessionExpiredNotificationEnabled(false);
        messages.setSessionExpiredURL(context + "/login?ended");
        event.getSource().setSystemMessagesProvider(info -> messages);
    }
}
