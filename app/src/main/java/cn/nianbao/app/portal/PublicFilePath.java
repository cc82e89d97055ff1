package cn.nianbao.app.portal;

/**
 * Reads {@code /public/reports/<unit code>/<year>[.<extension>]}, the address of a published report's page and
 * downloads, by hand: it is parsed on every public read, ahead of everything else, and a scan of the characters
 * allocates nothing a regular expression's matcher would.
 */
record PublicFilePath(String unitCode, int year, String extension) {

    private static final String PREFIX = "/public/reports/";

    /** The parts of the address, or null when it is not a report's file (the portal's controller answers then). */
    static PublicFilePath parse(String uri) {
        if (!uri.startsWith(PREFIX)) {
            return null;
        }
        int codeStart = PREFIX.length();
        int slash = uri.indexOf('/', codeStart);
        int codeLength = slash - codeStart;
        if (codeLength < 1 || codeLength > 64 || !isCode(uri, codeStart, slash)) {
            return null;
        }
        int yearEnd = slash + 5;
        if (uri.length() < yearEnd || !isDigits(uri, slash + 1, yearEnd)) {
            return null;
        }
        int year = Integer.parseInt(uri, slash + 1, yearEnd, 10);
        if (uri.length() == yearEnd) {
            return new PublicFilePath(uri.substring(codeStart, slash), year, null);
        }
        int extLength = uri.length() - yearEnd - 1;
        if (uri.charAt(yearEnd) != '.' || extLength < 3 || extLength > 4 || !isLowerLetters(uri, yearEnd + 1)) {
            return null;
        }
        return new PublicFilePath(uri.substring(codeStart, slash), year, uri.substring(yearEnd + 1));
    }

    private static boolean isCode(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean isLowerLetters(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            if (s.charAt(i) < 'a' || s.charAt(i) > 'z') {
                return false;
            }
        }
        return true;
    }
}
