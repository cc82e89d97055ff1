package cn.nianbao.app.ui;

import java.util.List;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.mock.MockedUI;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import com.github.mvysny.fakeservlet.FakeRequest;

import kotlin.jvm.functions.Function0;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import cn.nianbao.app.NianbaoApplication;
import cn.nianbao.domain.testdb.TestDatabaseConfig;

/**
 * Server-side UI tests on the real Spring context (PostgreSQL, Flowable, Security) with the demo data:
 * a mocked browser session, a real sign-in per user, the real views.
 */
@SpringBootTest(classes = {NianbaoApplication.class, TestDatabaseConfig.class},
        webEnvironment = SpringBootTest.WebEnvironment.MOCK,
        properties = {"nianbao.demo.enabled=true", "nianbao.demo.postgresql=true", "flowable.async-executor-activate=false",
                "nianbao.deadline.sweep.enabled=false", "logging.level.root=WARN"})
public abstract class KaribuTest {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("cn.nianbao.app");

    @Autowired protected ApplicationContext ctx;
    @Autowired protected UserDetailsService users;
    /** This context's strategy: the static one belongs to whichever of the tests' contexts started last. */
    @Autowired protected SecurityContextHolderStrategy contexts;

    @BeforeEach
    void setUpVaadin() {
        Function0<UI> uiFactory = MockedUI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(ROUTES, ctx, uiFactory));
        SentScripts.install();
    }

    @AfterEach
    void tearDownVaadin() {
        logout();
        MockVaadin.tearDown();
        SentScripts.install();
    }

    /** Signs the user in, as Spring Security would after the login form. */
    protected void login(String username) {
        UserDetails user = users.loadUserByUsername(username);
        var auth = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        contexts.getContext().setAuthentication(auth);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(auth);
        List<String> roles = user.getAuthorities().stream().map(a -> a.getAuthority().replaceFirst("^ROLE_", "")).toList();
        request.setUserInRole((principal, role) -> roles.contains(role));
    }

    protected void logout() {
        contexts.clearContext();
        if (VaadinServletRequest.getCurrent() != null) {
            FakeRequest r = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
            r.setUserPrincipalInt(null);
            r.setUserInRole((p, role) -> false);
        }
    }

    /** Switches to another user in a fresh UI, as another person at another desk would be. */
    protected void as(String username, String route) {
        logout();
        MockVaadin.tearDown();
        Function0<UI> uiFactory = MockedUI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(ROUTES, ctx, uiFactory));
        SentScripts.install();
        login(username);
        UI.getCurrent().navigate(route);
    }
}
