package cn.nianbao.app.ui.editor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import cn.nianbao.domain.report.SecrecyChoice;
import cn.nianbao.domain.report.SecrecyRecord;
import cn.nianbao.domain.rule.Finding;
import cn.nianbao.domain.rule.FindingMask;

/**
 * Which of the live 保密预审 findings a 保密审查 return asked to change (退回修改). The record names each by its
 * clearance key ({@code rule@section#offset}) and its masked match. The clerk's edits since the return may have
 * moved a finding, so where no live finding has the recorded key, one of the same rule and section whose masked
 * form is the recorded one counts — the nearest to the recorded offset, and each live finding answers one
 * recorded one at most.
 */
final class WantedChanges {

    private WantedChanges() {
    }

    static Set<String> among(List<Finding> review, List<SecrecyRecord.Clearance> recorded) {
        Set<String> live = new HashSet<>();
        review.forEach(f -> live.add(f.clearanceKey()));
        Set<String> out = new HashSet<>();
        List<SecrecyRecord.Clearance> moved = new ArrayList<>();
        for (SecrecyRecord.Clearance c : recorded) {
            if (c.choice() != SecrecyChoice.CHANGE) {
                continue;
            }
            if (live.contains(c.findingKey())) {
                out.add(c.findingKey());
            } else {
                moved.add(c);
            }
        }
        for (SecrecyRecord.Clearance c : moved) {
            int hash = c.findingKey().lastIndexOf('#');
            if (hash < 0) {
                continue;
            }
            String place = c.findingKey().substring(0, hash + 1);
            int offset = offset(c.findingKey().substring(hash + 1));
            Finding nearest = null;
            for (Finding f : review) {
                if (out.contains(f.clearanceKey()) || !f.clearanceKey().startsWith(place) || f.match() == null || f.offset() == null
                        || !FindingMask.masked(f).equals(c.match())) {
                    continue;
                }
                if (nearest == null || Math.abs(f.offset() - offset) < Math.abs(nearest.offset() - offset)) {
                    nearest = f;
                }
            }
            if (nearest != null) {
                out.add(nearest.clearanceKey());
            }
        }
        return out;
    }

    private static int offset(String digits) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
