package cn.nianbao.app.ui.editor;

/**
 * Numbers as clerks type them: a Chinese input method often gives full-width digits (１２), a full-width point
 * (．) or minus (－), and spaces around; they mean the ordinary number.
 */
final class CellNumbers {

    private CellNumbers() {
    }

    static String normalize(String typed) {
        if (typed == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(typed.length());
        for (char c : typed.strip().toCharArray()) {
            if (c >= '０' && c <= '９') {
                b.append((char) ('0' + (c - '０')));
            } else if (c == '．' || c == '。') {
                b.append('.');
            } else if (c == '－' || c == '—') {
                b.append('-');
            } else if (c == '，' || c == ',' || c == '\u3000' || c == ' ') {
                // thousands separators and spaces carry no value
                continue;
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
