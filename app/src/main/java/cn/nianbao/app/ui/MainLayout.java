package cn.nianbao.app.ui;

import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.security.AuthenticationContext;

import cn.nianbao.app.security.CurrentActor;
import cn.nianbao.app.ui.account.ChangePasswordDialog;
import cn.nianbao.domain.notification.NotificationService;
import cn.nianbao.domain.user.Actor;
import cn.nianbao.domain.user.Role;
import cn.nianbao.domain.user.UserAccountService;

/** The frame around every signed-in view: title, navigation by role, the user menu. */
public class MainLayout extends AppLayout {

    public MainLayout(AuthenticationContext auth, CurrentActor current, NotificationService notifications,
                      UserAccountService accounts) {
        Actor actor = current.require();
        H1 title = new H1(getTranslation("app.name"));
        title.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0");
        UserMenu user = new UserMenu(actor.displayName() + "（" + actor.username() + "）")
                .add("language", getTranslation("nav.language"), () -> {
                    Locale next = UI.getCurrent().getLocale().getLanguage().equals("en") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
                    VaadinSession.getCurrent().setAttribute(ChineseFirstLocale.CHOSEN, next);
                    UI.getCurrent().getPage().reload();
                })
                .add("account", getTranslation("nav.account"), () -> UI.getCurrent().navigate("account"))
                .add("password", getTranslation("nav.password"), () -> new ChangePasswordDialog(accounts, actor.username()).open())
                .add("logout", getTranslation("nav.logout"), auth::logout);
        user.setId("user-menu");
        HorizontalLayout bar = new HorizontalLayout(new DrawerToggle(), title, user);
        bar.setWidthFull();
        bar.setAlignItems(HorizontalLayout.Alignment.CENTER);
        bar.expand(title);
        bar.getStyle().set("padding-right", "var(--lumo-space-m)");
        addToNavbar(bar);

        // links by route, not by view class: the layout must not depend on the views that use it
        SideNav nav = new SideNav();
        nav.addItem(new SideNavItem(getTranslation("nav.home"), ""));
        SideNavItem inbox = new SideNavItem(getTranslation("nav.inbox"), "inbox");
        long unread = notifications.unread(actor.username());
        if (unread > 0) {
            Span badge = new Span(String.valueOf(unread));
            badge.setId("unread-badge");
            badge.getElement().getThemeList().add("badge contrast pill small");
            inbox.setSuffixComponent(badge);
        }
        nav.addItem(inbox);
        nav.addItem(new SideNavItem(getTranslation("nav.reports"), "reports"));
        if (actor.has(Role.COUNTY_OFFICE) || actor.isAdmin()) {
            nav.addItem(new SideNavItem(getTranslation("nav.county"), "county"));
            nav.addItem(new SideNavItem(getTranslation("nav.totals"), "county/totals"));
        }
        if (actor.has(Role.CITY_OFFICE) || actor.has(Role.PROVINCE_OFFICE) || actor.has(Role.COUNTY_OFFICE) || actor.isAdmin()) {
            nav.addItem(new SideNavItem(getTranslation("nav.area"), "area"));
        }
        if (actor.has(Role.COUNTY_OFFICE) || actor.isAdmin()) {
            nav.addItem(new SideNavItem(getTranslation("nav.admin"), "admin"));
        }
        addToDrawer(nav);
    }
}
