package cn.nianbao.app.ui;

import java.util.Locale;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;

import org.springframework.stereotype.Component;

/** Every UI starts in Simplified Chinese, whatever the browser asks for, unless the user chose English. */
@Component
class ChineseFirstLocale implements VaadinServiceInitListener {

    static final String CHOSEN = "nianbao.locale";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> {
            Object chosen = VaadinSession.getCurrent() == null ? null : VaadinSession.getCurrent().getAttribute(CHOSEN);
            e.getUI().setLocale(chosen instanceof Locale l ? l : Locale.SIMPLIFIED_CHINESE);
        });
    }
}
