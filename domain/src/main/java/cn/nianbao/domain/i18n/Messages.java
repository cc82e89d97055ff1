package cn.nianbao.domain.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Text a person reads, from one bundle of a feature ({@code nianbao/i18n/<name>.properties} in Chinese,
 * {@code <name>_en.properties} in English). Chinese unless the person chose English: the UI sets the choice for the
 * thread that serves its request ({@link #useLocale}); the API and the portal answer in Chinese. Lookups never fall
 * back to the JVM's default locale, so an English server still speaks Chinese.
 */
public final class Messages {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private static final ThreadLocal<Locale> CHOSEN = new ThreadLocal<>();

    private final String baseName;

    private Messages(String baseName) {
        this.baseName = baseName;
    }

    /** The bundle {@code nianbao/i18n/<name>}. */
    public static Messages of(String name) {
        return new Messages("nianbao/i18n/" + name);
    }

    /**
     * The text under {@code key} in the current locale, with {@link MessageFormat} arguments filled in. Every
     * pattern goes through MessageFormat, also without arguments: a quote is written {@code ''}, a brace
     * {@code '{'}.
     */
    public String get(String key, Object... args) {
        return in(current(), key, args);
    }

    public String in(Locale locale, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(baseName, english(locale) ? Locale.ENGLISH : Locale.ROOT,
                Messages.class.getClassLoader(), NO_FALLBACK);
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("message " + key + " missing in " + baseName, e);
        }
        // every pattern is a MessageFormat, with or without arguments, so '' always reads as one quote; one without
        // arguments, quotes or braces reads as written, and is not parsed again on every notice of every move
        if (args.length == 0 && pattern.indexOf('\'') < 0 && pattern.indexOf('{') < 0) {
            return pattern;
        }
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            // numbers and years as written, never "2,026"
            shown[i] = args[i] instanceof Number n ? String.valueOf(n) : args[i];
        }
        return new MessageFormat(pattern, Locale.ROOT).format(shown);
    }

    /** The locale for messages made on this thread until {@link #clearLocale()}; null means Chinese. */
    public static void useLocale(Locale locale) {
        CHOSEN.set(locale);
    }

    public static void clearLocale() {
        CHOSEN.remove();
    }

    private static Locale current() {
        Locale l = CHOSEN.get();
        return l == null ? Locale.SIMPLIFIED_CHINESE : l;
    }

    private static boolean english(Locale locale) {
        return "en".equals(locale.getLanguage());
    }
}
