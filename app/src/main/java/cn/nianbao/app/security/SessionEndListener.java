package cn.nianbao.app.security;

import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

import org.springframework.stereotype.Component;

import cn.nianbao.domain.user.UserSessions;

/** A session that ends on this node (sign-out, idle timeout) leaves the shared table of signed-in sessions. */
@Component
class SessionEndListener implements HttpSessionListener {

    private final UserSessions sessions;

    SessionEndListener(UserSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        if (event.getSession().getAttribute(SessionGuard.REGISTERED) != null) {
            sessions.ended(event.getSession().getId());
        }
    }
}
