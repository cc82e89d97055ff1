package cn.nianbao.app.ui;

import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.security.AuthenticationContext;

import cn.nianbao.app.security.CurrentActor;
import cn.nianbao.app.ui.account.ChangePasswordDialog;
import cn.nianbao.domain.notification.NotificationService;
import cn.nianbao.domain.user.Actor;
import cn.nianbao.domain.user.Role;
import cn.nianbao.domain.user.UserAccountService;

/**
 * The frame around every signed-in view: title, navigation by role, the user menu. It is the browser's app layout
 * (the web component of AppLayout) with its parts in its slots: an AppLayout keeps three properties in step with the
 * browser (drawer opened, overlay, primary section), each with its listener and event data, about 2.5 KB in every
 * session, for the one thing it does with them (closing the drawer after a navigation on a narrow screen), which the
 * browser does here by itself.
 */
@Tag("vaadin-app-layout")
@Uses(AppLayout.class)
@Uses(DrawerToggle.class)
@Uses(SideNav.class)
public class MainLayout extends Component implements RouterLayout {

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
        HorizontalLayout bar = new HorizontalLayout(title, user);
        // the browser's drawer toggle works by itself (it tells the app layout); a DrawerToggle adds a button and
        // its icon on the server for nothing
        bar.getElement().insertChild(0, new Element("vaadin-drawer-toggle"));
        bar.setWidthFull();
        bar.setAlignItems(HorizontalLayout.Alignment.CENTER);
        bar.expand(title);
        bar.getStyle().set("padding-right", "var(--lumo-space-m)");
        bar.getElement().setAttribute("slot", "navbar");
        getElement().appendChild(bar.getElement());

        // links by route, not by view class: the layout must not depend on the views that use it
        Navigation nav = new Navigation();
        nav.add(getTranslation("nav.home"), "");
        Element inbox = nav.add(getTranslation("nav.inbox"), "inbox");
        long unread = notifications.unread(actor.username());
        if (unread > 0) {
            inbox.appendChild(new Element("span").setAttribute("slot", "suffix").setAttribute("id", "unread-badge")
                    .setAttribute("theme", "badge contrast pill small").setText(String.valueOf(unread)));
        }
        nav.add(getTranslation("nav.reports"), "reports");
        if (actor.has(Role.COUNTY_OFFICE) || actor.isAdmin()) {
            nav.add(getTranslation("nav.county"), "county");
            nav.add(getTranslation("nav.totals"), "county/totals");
        }
        if (actor.has(Role.CITY_OFFICE) || actor.has(Role.PROVINCE_OFFICE) || actor.has(Role.COUNTY_OFFICE) || actor.isAdmin()) {
            nav.add(getTranslation("nav.area"), "area");
        }
        if (actor.has(Role.COUNTY_OFFICE) || actor.isAdmin()) {
            nav.add(getTranslation("nav.admin"), "admin");
        }
        nav.getElement().setAttribute("slot", "drawer");
        getElement().appendChild(nav.getElement());
    }

    /** The view in the layout's main part; on a narrow screen (the drawer over the page) the drawer closes. */
    @Override
    public void showRouterLayoutContent(HasElement content) {
        RouterLayout.super.showRouterLayoutContent(content);
        getElement().executeJs("if (this.overlay) { this.drawerOpened = false; }");
    }
}
