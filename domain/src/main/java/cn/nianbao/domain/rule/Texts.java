package cn.nianbao.domain.rule;

import java.util.ArrayList;
import java.util.List;

/** Helpers for reading report prose: digit normalisation, sentences, Chinese numerals. */
final class Texts {

    private Texts() {
    }

    /**
     * Full-width digits, letters X and separators become ASCII, one char for one char, so offsets into the
     * normalised text are offsets into the original.
     */
    static String normalise(String text) {
        char[] c = text.toCharArray();
        for (int i = 0; i < c.length; i++) {
            char ch = c[i];
            if (ch >= '０' && ch <= '９') {
                c[i] = (char) ('0' + (ch - '０'));
            } else if (ch == 'Ｘ' || ch == 'ｘ') {
                c[i] = 'X';
            } else if (ch == '－' || ch == '—' || ch == '‐' || ch == '–') {
                c[i] = '-';
            } else if (ch == '　' || ch == '\u00a0') {
                c[i] = ' ';
            } else if (ch == '＋') {
                c[i] = '+';
            } else if (ch == '＊') {
                c[i] = '*';
            }
        }
        return new String(c);
    }

    /** A sentence with its offset in the text. */
    record Sentence(String text, int offset) {
    }

    static List<Sentence> sentences(String text) {
        List<Sentence> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || "。；！？;!?\n".indexOf(text.charAt(i)) >= 0) {
                if (i > start) {
                    out.add(new Sentence(text.substring(start, i), start));
                }
                start = i + 1;
            }
        }
        return out;
    }

    /** Arabic digits or a Chinese numeral below 1000 (三, 十二, 一百零五, 两); -1 when it is neither. */
    static long number(String s) {
        if (s.chars().allMatch(Character::isDigit)) {
            return s.length() > 12 ? -1 : Long.parseLong(s);
        }
        long total = 0;
        long digit = 0;
        for (char ch : s.toCharArray()) {
            int d = "零一二三四五六七八九".indexOf(ch);
            if (ch == '两') {
                d = 2;
            }
            if (d >= 0) {
                digit = d;
            } else if (ch == '十') {
                total += (digit == 0 ? 1 : digit) * 10;
                digit = 0;
            } else if (ch == '百') {
                total += digit * 100;
                digit = 0;
            } else {
                return -1;
            }
        }
        return total + digit;
    }

    static final String NUMBER = "(\\d+|[零一二两三四五六七八九十百]+)";
}
