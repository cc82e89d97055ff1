package cn.nianbao.domain.user;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import cn.nianbao.domain.i18n.Messages;

/**
 * The rules a new password must meet (等保 level 3, 身份鉴别): at least ten characters from three of the four
 * classes (lower case, upper case, digits, other), not containing the user name, and not one of the passwords
 * attackers try first. Reuse of the last five is checked by the service, which holds the hashes.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MIN_CLASSES = 3;

    private static final Messages TEXT = Messages.of("security");
    private static final Set<String> COMMON = load();

    private PasswordPolicy() {
    }

    /** Every reason the password is refused, in the reader's language; empty when it is acceptable. */
    public static List<String> problems(String username, String password) {
        List<String> problems = new ArrayList<>();
        String p = password == null ? "" : password;
        if (p.codePointCount(0, p.length()) < MIN_LENGTH) {
            problems.add(TEXT.get("password.too-short", MIN_LENGTH));
        }
        if (classes(p) < MIN_CLASSES) {
            problems.add(TEXT.get("password.too-few-classes", MIN_CLASSES));
        }
        if (username != null && !username.isBlank()
                && p.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            problems.add(TEXT.get("password.contains-username"));
        }
        if (COMMON.contains(p.toLowerCase(Locale.ROOT))) {
            problems.add(TEXT.get("password.common"));
        }
        return problems;
    }

    static int classes(String p) {
        boolean lower = false;
        boolean upper = false;
        boolean digit = false;
        boolean other = false;
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c >= 'a' && c <= 'z') {
                lower = true;
            } else if (c >= 'A' && c <= 'Z') {
                upper = true;
            } else if (c >= '0' && c <= '9') {
                digit = true;
            } else if (!Character.isWhitespace(c) || c == ' ') {
                other = true;
            }
        }
        return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getClassLoader()
                .getResourceAsStream("nianbao/security/common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("nianbao/security/common-passwords.txt missing from the classpath");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String w = line.strip();
                if (!w.isEmpty() && !w.startsWith("#")) {
                    words.add(w.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
