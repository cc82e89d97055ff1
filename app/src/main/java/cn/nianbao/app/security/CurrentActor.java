package cn.nianbao.app.security;

import java.util.Optional;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
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
    private final SecurityContextHolderStrategy contexts;

    // the application's strategy, the one its filter chains fill, rather than SecurityContextHolder's static
    // one: that is whichever application context set it last (several live side by side in the tests)
    CurrentActor(UserAccountService accounts, SecurityContextHolderStrategy contexts) {
        this.accounts = accounts;
        this.contexts = contexts;
    }

    public Optional<Actor> find() {
        Authentication auth = contexts.getContext().getAuthentication();
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
        Authentication auth = contexts.getContext().getAuthentication();
        return auth != null && auth.isAuthenticated() && !(auth instanceof AccessTokenAuthentication)
                && !(auth instanceof AnonymousAuthenticationToken);
    }

    public Actor require() {
        return find().orElseThrow(() -> Refusal.forbidden("请先登录"));
    }
}
