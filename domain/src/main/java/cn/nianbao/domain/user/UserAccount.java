package cn.nianbao.domain.user;

import java.util.List;

/** A user as the login and the admin screens see it. */
public record UserAccount(Long id, String username, String passwordHash, String displayName, String email,
                          boolean enabled, List<Grant> grants) {

    public UserAccount {
        grants = List.copyOf(grants);
    }

    public Actor actor() {
        return new Actor(username, displayName, grants);
    }
}
