package cn.nianbao.domain.user;

import java.util.List;

/** A person as the administrators list them: no password hash, the roles with their units' codes. */
public record AccountSummary(String username, String displayName, String email, boolean enabled,
                             boolean mustChangePassword, List<Grant> grants) {

    public AccountSummary {
        grants = List.copyOf(grants);
    }

    public static AccountSummary of(UserAccount a) {
        return new AccountSummary(a.username(), a.displayName(), a.email(), a.enabled(), a.mustChangePassword(), a.grants());
    }
}
