package cn.nianbao.domain.onboarding;

/** What is wrong with a cell of the sheet: its row number, its column name, and a Chinese message. */
public record ImportProblem(int row, String column, String message) {
}
