package cn.nianbao.app.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.dom.Element;

/**
 * The frame's side navigation: the browser's side nav (the web component of SideNav) with its links as plain
 * elements. A link needs nothing from the server once it is there (the browser follows its path, the router
 * answers); a SideNavItem keeps a component with its own state for each, about 2 KB per link per session.
 */
@Tag("vaadin-side-nav")
@Uses(SideNav.class)
public class Navigation extends Component {

    /** A link to a route's path (relative, as the routes are written); answers its element (for a suffix). */
    public Element add(String label, String path) {
        Element item = new Element("vaadin-side-nav-item").setAttribute("path", path).setText(label);
        getElement().appendChild(item);
        return item;
    }
}
