package cn.nianbao.app.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.nianbao.domain.unit.UnitKind;
import cn.nianbao.domain.unit.UnitService;
import cn.nianbao.domain.user.PasswordPolicy;
import cn.nianbao.domain.user.UserAccountService;

/**
 * 批量导入人员 on the administration page: a sheet's dry run lists its problems in Chinese, a clean sheet is imported,
 * its one-time passwords are downloaded once as CSV, and an import that fails never reads as a success.
 */
class PeopleImportViewTest extends KaribuTest {

    @Autowired UserAccountService users;
    @Autowired UnitService units;
    @Autowired JdbcTemplate jdbc;

    final String t = UUID.randomUUID().toString().substring(0, 6);

    private static byte[] csv(String... lines) {
        return ("username,display_name,email,unit_code,roles\n" + String.join("\n", lines)).getBytes(StandardCharsets.UTF_8);
    }

    private static String summary() {
        return _get(Span.class, s -> s.withId("people-summary")).getText();
    }

    private static Button importButton() {
        return _get(Button.class, s -> s.withId("people-import"));
    }

    private static void upload(String name, byte[] file) {
        UploadKt._upload(_get(Upload.class, s -> s.withId("people-upload")), name, "text/csv", file);
        MockVaadin.clientRoundtrip();
    }

    @Test
    void a_sheet_with_problems_is_listed_by_row_and_column_in_chinese_and_cannot_be_imported() {
        as("admin", "admin");
        upload("people.csv", csv("p1." + t + ",甲,,lanxi-lanhe,CLERK", "p1." + t + ",乙,x@,lanxi-nowhere,MAYOR"));

        assertThat(summary()).isEqualTo("共 2 行，发现 4 处问题，未导入任何人员；请修改表格后重新上传");
        Grid<?> problems = _get(Grid.class, s -> s.withId("people-problems"));
        assertThat(problems.isVisible()).isTrue();
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < GridKt._size(problems); i++) {
            lines.add(String.join(" | ", GridKt._getFormattedRow(problems, i)));
        }
        assertThat(lines).containsExactly(
                "3 | 用户名 | 用户名「p1." + t + "」与第 2 行重复",
                "3 | 电子邮箱 | 电子邮箱「x@」格式不正确",
                "3 | 单位代码 | 单位「lanxi-nowhere」不在系统中（请先导入单位表）",
                "3 | 角色 | 未知的角色「MAYOR」（可用：CLERK、SECRECY_REVIEWER、LEADER、COUNTY_OFFICE、CITY_OFFICE、PROVINCE_OFFICE）");
        assertThat(importButton().isEnabled()).isFalse();
        assertThat(users.find("p1." + t)).isEmpty();

        upload("people.xlsx", "not a workbook".getBytes(StandardCharsets.UTF_8));
        assertThat(GridKt._getFormattedRow(problems, 0)).containsExactly("1", "", "无法读取文件：请上传 UTF-8 编码的 CSV 或 XLSX 文件");
    }

    @Test
    void a_clean_sheet_is_imported_and_its_one_time_passwords_are_downloaded_once() {
        as("admin", "admin");
        byte[] sheet = csv("p2." + t + ",\"兰河乡起草人,二\",,lanxi-lanhe,CLERK", "p3." + t + ",榆林镇保密审查员二,,lanxi-yulin,SECRECY_REVIEWER|LEADER");
        upload("people.csv", sheet);
        assertThat(summary()).isEqualTo("共 2 行，检查无误：将新建 2 人、更新 0 人，0 人不变");
        assertThat(_find(Grid.class, s -> s.withId("people-problems"))).as("the problems grid is hidden").isEmpty();
        assertThat(users.find("p2." + t)).isEmpty();

        _click(importButton());

        assertThat(summary()).isEqualTo("已导入：共 2 行，新建 2 人、更新 0 人，0 人不变");
        assertThat(users.find("p2." + t).orElseThrow().mustChangePassword()).isTrue();
        Anchor download = _get(Anchor.class, s -> s.withId("people-passwords-download"));
        String file = new String(DownloadKt._download(download), StandardCharsets.UTF_8);
        String[] lines = file.replace("\uFEFF", "").split("\r\n");
        assertThat(lines[0]).isEqualTo("username,display_name,unit_code,password");
        assertThat(lines).hasSize(3);
        assertThat(lines[1]).startsWith("p2." + t + ",\"兰河乡起草人,二\",lanxi-lanhe,");
        String password = lines[1].substring(lines[1].lastIndexOf(',') + 1);
        assertThat(PasswordPolicy.problems("p2." + t, password)).isEmpty();
        users.changePassword("p2." + t, password, "Lanhe-Clerk-Own-2026");

        MockVaadin.clientRoundtrip();
        assertThat(_find(Anchor.class, s -> s.withId("people-passwords-download"))).isEmpty();
        assertThat(_get(Paragraph.class, s -> s.withId("people-passwords-gone")).getText()).isEqualTo("初始密码已下载，系统不再保留。");
        // the link's resource is gone with it: nothing more to download
        assertThatThrownBy(() -> DownloadKt._download(download)).hasMessageContaining("No such StreamResource");

        upload("people.csv", sheet);
        assertThat(summary()).isEqualTo("共 2 行，检查无误：将新建 0 人、更新 0 人，2 人不变");
        assertThat(importButton().isEnabled()).isFalse();
    }

    @Test
    void an_import_that_fails_after_a_clean_dry_run_shows_its_problems_and_no_success() {
        as("admin", "admin");
        units.create("gone-" + t, "临时乡人民政府", "临时乡", UnitKind.XIANG, "lanxi");
        upload("people.csv", csv("p4." + t + ",某人,,gone-" + t + ",CLERK"));
        assertThat(importButton().isEnabled()).isTrue();
        // the unit is taken away between the check and the import
        jdbc.update("delete from unit where code = ?", "gone-" + t);

        _click(importButton());

        assertThat(summary()).isEqualTo("共 1 行，发现 1 处问题，未导入任何人员；请修改表格后重新上传");
        assertThat(summary()).doesNotContain("已导入");
        assertThat(_find(Anchor.class, s -> s.withId("people-passwords-download"))).isEmpty();
        assertThat(users.find("p4." + t)).isEmpty();
    }

    @Test
    void the_template_is_a_sheet_the_import_accepts_as_it_is() {
        as("admin", "admin");
        byte[] template = DownloadKt._download(_get(Anchor.class, s -> s.withId("people-template")));
        upload("people-template.csv", template);
        assertThat(summary()).startsWith("共 3 行，检查无误");
    }

    @Test
    void only_the_system_administrator_sees_the_people_import() {
        as("county", "admin");
        assertThat(_find(Upload.class, s -> s.withId("people-upload"))).isEmpty();
        as("security", "admin");
        assertThat(_find(Upload.class, s -> s.withId("people-upload"))).isEmpty();
    }
}
