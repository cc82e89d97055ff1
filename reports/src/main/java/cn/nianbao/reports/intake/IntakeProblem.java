package cn.nianbao.reports.intake;

/** Something that could not be taken in: where it is (worksheet, row, column and labels) and why, in words. */
public record IntakeProblem(String where, String what) {

    public String message() {
        return where.isEmpty() ? what : where + "：" + what;
    }
}
