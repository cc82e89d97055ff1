package cn.nianbao.app.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

import cn.nianbao.domain.refusal.Refusal;

/** Short messages at the bottom of the screen: success in green, refusals in red with the domain's Chinese reason. */
public final class Notices {

    private Notices() {
    }

    public static void ok(String text) {
        Notification n = Notification.show(text, 4000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    public static void refused(String text) {
        Notification n = Notification.show(text, 8000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    public static void refused(Refusal e) {
        refused(e.getMessage());
    }
}
