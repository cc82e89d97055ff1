package cn.nianbao.domain.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every message bundle of every module, read from the modules' resource folders: the Chinese and the English file of
 * a bundle have the same keys, each key the same MessageFormat arguments in both, and no text is empty.
 */
class BundlesTest {

    /** The resource folders of the modules, relative to this module (the working directory of its tests). */
    private static final List<Path> FOLDERS = Stream.of("src", "../workflow/src", "../reports/src", "../app/src")
            .map(m -> Path.of(m, "main", "resources", "nianbao", "i18n")).toList();

    private static final int MAX_ARGUMENTS = 20;

    @Test
    void every_chinese_bundle_has_an_english_twin_with_the_same_keys_and_arguments() {
        Map<Path, Map<String, String>> chinese = bundles(false);
        Map<Path, Map<String, String>> english = bundles(true);
        assertThat(chinese).as("the bundles found").containsKey(FOLDERS.get(0).resolve("report.properties"));
        assertThat(english.keySet().stream().map(BundlesTest::chineseTwin).toList())
                .as("each English bundle belongs to a Chinese one").allMatch(chinese::containsKey);

        List<String> problems = new ArrayList<>();
        chinese.forEach((zhFile, zh) -> {
            Path enFile = englishTwin(zhFile);
            Map<String, String> en = english.get(enFile);
            if (en == null) {
                problems.add(zhFile + " has no " + enFile.getFileName());
                return;
            }
            Set<String> onlyZh = new TreeSet<>(zh.keySet());
            onlyZh.removeAll(en.keySet());
            Set<String> onlyEn = new TreeSet<>(en.keySet());
            onlyEn.removeAll(zh.keySet());
            onlyZh.forEach(k -> problems.add(zhFile + ": " + k + " has no English text"));
            onlyEn.forEach(k -> problems.add(enFile + ": " + k + " has no Chinese text"));
            zh.forEach((key, zhText) -> {
                String enText = en.get(key);
                if (enText == null) {
                    return;
                }
                Set<Integer> zhArgs = arguments(zhFile, key, zhText, problems);
                Set<Integer> enArgs = arguments(enFile, key, enText, problems);
                if (zhArgs != null && enArgs != null && !zhArgs.equals(enArgs)) {
                    problems.add(zhFile.getFileName() + " " + key + ": arguments " + zhArgs + " in Chinese, " + enArgs
                            + " in English");
                }
            });
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void no_text_is_empty_and_no_key_is_given_twice() {
        List<String> problems = new ArrayList<>();
        for (boolean en : new boolean[] {false, true}) {
            bundles(en).forEach((file, texts) -> texts.forEach((key, text) -> {
                if (text.isBlank()) {
                    problems.add(file + ": " + key + " is empty");
                }
            }));
        }
        assertThat(problems).isEmpty();
    }

    /** The argument indexes a pattern uses, or null (with a problem noted) when it is not a valid pattern. */
    private static Set<Integer> arguments(Path file, String key, String pattern, List<String> problems) {
        // a lone quote starts a quoted stretch and silently vanishes: write '' for a quote, '{' for a brace
        String unquoted = pattern.replace("''", "").replace("'{'", "").replace("'}'", "");
        if (unquoted.indexOf('\'') >= 0) {
            problems.add(file + ": " + key + " has a single quote; write '' (MessageFormat)");
            return null;
        }
        Object[] markers = new Object[MAX_ARGUMENTS];
        for (int i = 0; i < MAX_ARGUMENTS; i++) {
            markers[i] = "\u0001" + i + "\u0002";
        }
        String shown;
        try {
            shown = new MessageFormat(pattern).format(markers);
        } catch (IllegalArgumentException e) {
            problems.add(file + ": " + key + " is not a MessageFormat pattern: " + e.getMessage());
            return null;
        }
        Set<Integer> used = new TreeSet<>();
        for (int i = 0; i < MAX_ARGUMENTS; i++) {
            if (shown.contains((String) markers[i])) {
                used.add(i);
            }
        }
        return used;
    }

    /** Every bundle file of every module, Chinese ({@code name.properties}) or English ({@code name_en.properties}). */
    private static Map<Path, Map<String, String>> bundles(boolean english) {
        Map<Path, Map<String, String>> out = new LinkedHashMap<>();
        for (Path folder : FOLDERS) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> files = Files.list(folder)) {
                files.filter(f -> f.getFileName().toString().endsWith(".properties"))
                        .filter(f -> f.getFileName().toString().endsWith("_en.properties") == english)
                        .sorted().forEach(f -> out.put(f, read(f)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    /** The texts of one file as ResourceBundle reads them (UTF-8), refusing a key that is given twice. */
    private static Map<String, String> read(Path file) {
        Map<String, String> texts = new LinkedHashMap<>();
        Properties reader = new Properties() {
            @Override
            public synchronized Object put(Object key, Object value) {
                if (texts.put((String) key, (String) value) != null) {
                    throw new IllegalStateException(file + ": " + key + " is given twice");
                }
                return null;
            }
        };
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            reader.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(file + " is not readable as UTF-8", e);
        }
        return texts;
    }

    private static Path englishTwin(Path chinese) {
        String name = chinese.getFileName().toString();
        return chinese.resolveSibling(name.substring(0, name.length() - ".properties".length()) + "_en.properties");
    }

    private static Path chineseTwin(Path english) {
        String name = english.getFileName().toString();
        return english.resolveSibling(name.substring(0, name.length() - "_en.properties".length()) + ".properties");
    }
}
