package cn.nianbao.app.ui;

import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.security.AuthenticationContext;

import cn.nianbao.app.security.CurrentActor;

/** The frame around every signed-in view: title, navigation, user menu. */
public class MainLayout extends AppLayout {

    public MainLayout(AuthenticationContext auth, CurrentActor current) {
        H1 title = new H1(getTranslation("app.name"));
        title.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0");
        String who = current.find().map(a -> a.displayName() + "（" + a.username() + "）").orElse("");
        Button language = new Button(getTranslation("nav.language"), e -> {
            Locale next = UI.getCurrent().getLocale().getLanguage().equals("en") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
            VaadinSession.getCurrent().setAttribute(ChineseFirstLocale.CHOSEN, next);
            UI.getCurrent().getPage().reload();
        });
        language.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button logout = new Button(getTranslation("nav.logout"), e -> auth.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout bar = new HorizontalLayout(new DrawerToggle(), title, new Span(who), language, logout);
        bar.setWidthFull();
        bar.setAlignItems(HorizontalLayout.Alignment.CENTER);
        bar.expand(title);
        addToNavbar(bar);
        SideNav nav = new SideNav();
        nav.addItem(new SideNavItem(getTranslation("nav.reports"), ReportsView.class));
        addToDrawer(nav);
    }
}
