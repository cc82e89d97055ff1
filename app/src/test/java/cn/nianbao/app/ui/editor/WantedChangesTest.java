package cn.nianbao.app.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import cn.nianbao.domain.report.SecrecyChoice;
import cn.nianbao.domain.report.SecrecyRecord.Clearance;
import cn.nianbao.domain.rule.Finding;

/** The findings a return asked to change are found again after the clerk's edits moved them, and no others. */
class WantedChangesTest {

    private static Finding name(String match, int offset) {
        return Finding.match("SEC-NAME", "s5", "个人姓名", match, offset);
    }

    @Test
    void the_recorded_key_or_else_the_nearest_finding_with_the_same_masked_form() {
        Finding wang = name("王建国", 40);
        Finding otherWang = name("王淑芬", 90);
        Finding li = name("李建国", 60);
        List<Clearance> recorded = List.of(new Clearance("SEC-NAME@s5#36", "王某某", null, SecrecyChoice.CHANGE),
                new Clearance("SEC-NAME@s5#60", "李建国", "本人同意公开", SecrecyChoice.KEEP));

        // 王建国 moved from 36 to 40: the nearer of the two 王某某, not the kept 李建国
        assertThat(WantedChanges.among(List.of(wang, otherWang, li), recorded)).containsExactly("SEC-NAME@s5#40");
        // unmoved: the key itself
        assertThat(WantedChanges.among(List.of(name("王建国", 36), otherWang), recorded)).containsExactly("SEC-NAME@s5#36");
        // masked meanwhile: nothing left to mark
        assertThat(WantedChanges.among(List.of(li), recorded)).isEmpty();
        // another section or rule is another finding
        assertThat(WantedChanges.among(List.of(Finding.match("SEC-NAME", "s3", "个人姓名", "王建国", 36)), recorded)).isEmpty();
    }
}
