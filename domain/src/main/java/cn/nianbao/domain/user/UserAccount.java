package cn.nianbao.domain.user;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** A user as the login and the admin screens see it. */
public record UserAccount(Long id, String username, String passwordHash, String displayName, String email,
                          boolean enabled, List<Grant> grants, boolean mustChangePassword, Instant passwordChangedAt) {

    public UserAccount {
        grants = List.copyOf(grants);
    }

    public Actor actor() {
        return new Actor(username, displayName, grants);
    }

    /** Whether the person must choose a new password before doing anything else: set by someone else, or too old. */
    public boolean passwordChangeDue(Instant now, Duration maxAge) {
        if (mustChangePassword) {
            return true;
        }
        return passwordChangedAt != null && !maxAge.isZero() && passwordChangedAt.plus(maxAge).isBefore(now);
    }
}
