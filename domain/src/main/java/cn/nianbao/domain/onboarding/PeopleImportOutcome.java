package cn.nianbao.domain.onboarding;

import java.util.List;

/**
 * What a people sheet did: the counts and problems as for units, and the one-time passwords of the people it
 * created, in the sheet's order (empty on a dry run, when nothing was created, or when there were problems).
 */
public record PeopleImportOutcome(ImportOutcome counts, List<IssuedPassword> passwords) {

    public PeopleImportOutcome {
        passwords = List.copyOf(passwords);
    }
}
