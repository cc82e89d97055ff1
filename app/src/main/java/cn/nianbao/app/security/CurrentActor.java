package cn.nianbao.app.security;

import java.util.Optional;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import cn.nianbao.domain.refusal.Refusal;
import cn.nianbao.domain.user.Actor;
import cn.nianbao.domain.user.UserAccountService;

/**
 * The domain Actor of the signed-in user, read fresh from the database on every request so that a role
 * taken away takes effect at once. A request signed with an access token brings its actor, read fresh while
 * checking the token.
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
        if (auth instanceof AccessTokenAuthentication token) {
            return Optional.of(token.actor());
        }
        return accounts.actor(auth.getName());
    }

    /** Whether the person proved who they are with their password (the UI, HTTP Basic), not with an access token. */
    public boolean byPassword() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.isAuthenticated() && !(auth instanceof AccessTokenAuthentication)
                && !(auth instanceof AnonymousAuthenticationToken);
    }

    public Actor require() {
        return find().orElseThrow(() -> Refusal.forbidden("请先登录"));
    }
}
