package cn.nianbao.domain.user;

import java.security.SecureRandom;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * The first password of an account someone else creates: random, shown once to whoever created the account, and
 * to be changed at the first sign-in ({@code must_change_password}). Sixteen characters from 62 letters, digits and
 * symbols that cannot be misread on paper (no 0/O, 1/l/I) and that a spreadsheet opening the CSV does not take
 * for a formula (no = + - @), at least one of each class: over 90 bits, so it meets {@link PasswordPolicy} and
 * cannot be guessed.
 */
public final class OneTimePassword {

    public static final int LENGTH = 16;

    /**
     * The bcrypt cost of an imported one-time password. The default cost (10, ~65 ms a hash on a 2-core server)
     * is there to slow down guessing a password a person chose, which may be weak; it would make 45,000 people
     * take 49 minutes to import. A random password of over 90 bits is out of reach of guessing at any cost, so cost 4
     * (64 times cheaper, ~1 ms) protects it as well; the stored form is the same {@code {bcrypt}$2a$04$…}, which
     * the sign-in reads like any other, and the person's own password replaces it at the first sign-in with
     * the default cost.
     */
    public static final int IMPORT_BCRYPT_COST = 4;

    private static final String LOWER = "abcdefghijkmnpqrstuvwxyz";
    private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String DIGITS = "23456789";
    private static final String SYMBOLS = "#%?!*$";
    private static final String ALL = LOWER + UPPER + DIGITS + SYMBOLS;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final BCryptPasswordEncoder CHEAP = new BCryptPasswordEncoder(IMPORT_BCRYPT_COST, RANDOM);

    private OneTimePassword() {
    }

    /** A new password for this user name that the policy accepts. */
    public static String generate(String username) {
        while (true) {
            char[] p = new char[LENGTH];
            p[0] = pick(LOWER);
            p[1] = pick(UPPER);
            p[2] = pick(DIGITS);
            p[3] = pick(SYMBOLS);
            for (int i = 4; i < LENGTH; i++) {
                p[i] = pick(ALL);
            }
            for (int i = LENGTH - 1; i > 0; i--) {
                int j = RANDOM.nextInt(i + 1);
                char c = p[i];
                p[i] = p[j];
                p[j] = c;
            }
            String password = new String(p);
            // a short user name may turn up inside by chance; the policy refuses that, so draw again
            if (PasswordPolicy.problems(username, password).isEmpty()) {
                return password;
            }
        }
    }

    /** The stored hash of an imported one-time password, in the delegating {@code {bcrypt}} form at the import cost. */
    public static String hashForImport(String password) {
        return "{bcrypt}" + CHEAP.encode(password);
    }

    private static char pick(String from) {
        return from.charAt(RANDOM.nextInt(from.length()));
    }
}
