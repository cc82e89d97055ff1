package cn.nianbao.app.security;

import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import cn.nianbao.domain.user.Actor;
import cn.nianbao.domain.user.TokenBearer;

/**
 * A request signed with a personal access token. It carries the actor read while checking the token, so the
 * request needs no second look-up of the person (the roles were read fresh for this very request), and it tells
 * the token endpoints that no password was given.
 */
final class AccessTokenAuthentication extends AbstractAuthenticationToken {

    private final transient TokenBearer bearer;

    AccessTokenAuthentication(TokenBearer bearer) {
        super(authorities(bearer.actor()));
        this.bearer = bearer;
        setAuthenticated(true);
    }

    private static List<SimpleGrantedAuthority> authorities(Actor actor) {
        List<SimpleGrantedAuthority> roles = actor.grants().stream()
                .flatMap(g -> AccountUserDetailsService.authorities(g.role()).stream())
                .distinct().map(SimpleGrantedAuthority::new).toList();
        return roles.isEmpty() ? List.of(new SimpleGrantedAuthority("ROLE_USER")) : roles;
    }

    Actor actor() {
        return bearer.actor();
    }

    long tokenId() {
        return bearer.tokenId();
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Object getPrincipal() {
        return bearer.actor().username();
    }

    @Override
    public String getName() {
        return bearer.actor().username();
    }
}
