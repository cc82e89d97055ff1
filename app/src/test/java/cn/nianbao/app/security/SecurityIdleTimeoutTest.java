package cn.nianbao.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import cn.nianbao.app.AppTest;
import cn.nianbao.domain.audit.AuditAction;
import cn.nianbao.domain.audit.AuditQuery;
import cn.nianbao.domain.audit.SecurityAuditLog;
import cn.nianbao.domain.user.UserAccountService;
import cn.nianbao.domain.user.UserSessions;

/**
 * The idle timeout of the session guard with a timeout of three seconds: the person's own requests
 * extend it, Vaadin's heartbeat does not. (The guard runs on the real session table and audit log.)
 */
@AppTest
class SecurityIdleTimeoutTest {

    @Autowired UserSessions sessions;
    @Autowired SecurityAuditLog audit;
    @Autowired UserAccountService accounts;

    final MockHttpSession session = new MockHttpSession();
    String user;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private MockHttpServletResponse request(SessionGuard guard, String method, String query) throws Exception {
        MockHttpServletRequest r = new MockHttpServletRequest(method, "/");
        r.setSession(session);
        r.setQueryString(query);
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                user, null, List.of(new SimpleGrantedAuthority("ROLE_CLERK"))));
        MockHttpServletResponse response = new MockHttpServletResponse();
        guard.doFilter(r, response, new MockFilterChain());
        return response;
    }

    @Test
    void own_actions_extend_the_session_and_heartbeats_do_not() throws Exception {
        user = "idle." + UUID.randomUUID().toString().substring(0, 8);
        SessionGuard guard = new SessionGuard(sessions, audit, Duration.ofSeconds(3), org.springframework.security.core.context.SecurityContextHolder.getContextHolderStrategy());

        request(guard, "GET", null);
        assertThat(sessions.isLive(session.getId())).isTrue();
        // eight actions half a second apart: longer than the timeout in all, never idle for it
        for (int i = 0; i < 8; i++) {
            Thread.sleep(500);
            request(guard, "POST", "v-r=uidl&v-uiId=0");
        }
        assertThat(session.isInvalid()).isFalse();

        for (int i = 0; i < 12 && !session.isInvalid(); i++) {
            Thread.sleep(500);
            request(guard, "POST", "v-r=heartbeat&v-uiId=0");
        }
        assertThat(session.isInvalid()).isTrue();

        var entries = audit.search(SecuritySignInTestSupport.AUDITOR,
                new AuditQuery(null, null, user, AuditAction.SIGN_OUT, 0, 5));
        assertThat(entries).extracting(e -> e.target()).containsExactly("idle-timeout");
    }
}
