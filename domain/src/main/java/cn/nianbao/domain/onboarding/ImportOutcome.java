package cn.nianbao.domain.onboarding;

import java.util.List;

/**
 * The answer to a sheet: clean ({@code ok}) with what was (or, on a dry run, would be) created, updated and left
 * unchanged, or the problems, in which case nothing was imported.
 */
public record ImportOutcome(boolean ok, int rows, List<ImportProblem> problems, int created, int updated, int unchanged) {
}
