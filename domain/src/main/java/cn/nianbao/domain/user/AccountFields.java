package cn.nianbao.domain.user;

import java.util.Optional;
import java.util.regex.Pattern;

import cn.nianbao.domain.i18n.Messages;

/** What a user name, a name and an e-mail address must look like: the same for the admin API, its screen and a sheet. */
public final class AccountFields {

    public static final String USERNAME_PATTERN = "[a-z0-9][a-z0-9._-]{1,63}";
    /** The columns' widths in {@code app_user}. */
    public static final int DISPLAY_NAME_MAX = 100;
    public static final int EMAIL_MAX = 200;

    // one @, a dotted domain, no spaces: enough to catch a typo or a pasted name; delivery is the real test
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    private static final Messages TEXT = Messages.of("security");

    private AccountFields() {
    }

    public static Optional<String> usernameProblem(String username) {
        if (username == null || username.isBlank()) {
            return Optional.of(TEXT.get("user.username-missing"));
        }
        return username.matches(USERNAME_PATTERN) ? Optional.empty() : Optional.of(TEXT.get("user.bad-username-value", username));
    }

    public static Optional<String> displayNameProblem(String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            return Optional.of(TEXT.get("user.name-required"));
        }
        return n.length() > DISPLAY_NAME_MAX ? Optional.of(TEXT.get("user.name-long", DISPLAY_NAME_MAX)) : Optional.empty();
    }

    /** A blank address is allowed (the person gets in-app notices only); anything else must look like one. */
    public static Optional<String> emailProblem(String email) {
        String e = email == null ? "" : email.strip();
        if (e.isEmpty()) {
            return Optional.empty();
        }
        if (e.length() > EMAIL_MAX) {
            return Optional.of(TEXT.get("user.email-long", EMAIL_MAX));
        }
        return EMAIL.matcher(e).matches() ? Optional.empty() : Optional.of(TEXT.get("user.email-bad", e));
    }

    /** The stored form of an address: trimmed, null when blank. */
    public static String email(String email) {
        return email == null || email.isBlank() ? null : email.strip();
    }
}
