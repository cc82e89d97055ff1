package cn.nianbao.app.security;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import cn.nianbao.domain.refusal.Refusal;
import cn.nianbao.domain.user.Actor;
import cn.nianbao.domain.user.UserAccountService;

/**
 * The domain Actor of the signed-in user, read fresh from the database on every request so that a role
 * taken away takes effect at once.
 */
@Component
public class CurrentActor {

    private final UserAccountService accounts;

    CurrentActor(UserAccountService accounts) {
        this.accounts = accounts;
    }

    public Optional<Actor> find() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth.getName() == null) {
            return Optional.empty();
        }
        return accounts.actor(auth.getName());
    }

    public Actor require() {
        return find().orElseThrow(() -> Refusal.forbidden("请先登录"));
    }
}
