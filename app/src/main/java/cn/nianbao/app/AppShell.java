package cn.nianbao.app;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.Theme;

import cn.nianbao.domain.i18n.Messages;
import cn.nianbao.reports.render.HtmlWriter;

/** The page shell: the plain-CSS theme and the Chinese page language. */
@Theme("nianbao")
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle(Messages.of("shell").get("page.title"));
        // the official layout's CSS comes from the one place the portal and the PDF take it from too
        settings.addInlineWithContents(com.vaadin.flow.component.page.Inline.Position.APPEND, HtmlWriter.CSS,
                com.vaadin.flow.component.page.Inline.Wrapping.STYLESHEET);
    }
}
