package cn.nianbao.domain.onboarding;

/**
 * One row of a people sheet as read: {@code roles} as typed, separated by {@code |}; {@code row} is the sheet's
 * row number (the header is row 1).
 */
public record PersonRow(int row, String username, String displayName, String email, String unitCode, String roles) {
}
