package cn.nianbao.domain.user;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void a_long_password_from_three_classes_is_accepted() {
        assertThat(PasswordPolicy.problems("lanhe.clerk", "Lanhe-report-2026")).isEmpty();
        assertThat(PasswordPolicy.problems("lanhe.clerk", "river7stone9cloud!")).isEmpty();
    }

    @Test
    void short_passwords_and_too_few_classes_are_refused_with_chinese_reasons() {
        assertThat(PasswordPolicy.problems("x.user", "Ab1!")).anySatisfy(p -> assertThat(p).contains("至少 10 个字符"));
        assertThat(PasswordPolicy.problems("x.user", "onlylowercaseletters"))
                .containsExactly("密码须包含大写字母、小写字母、数字、其他符号中的至少 3 类");
        assertThat(PasswordPolicy.problems("x.user", "lowercase123456")).hasSize(1);
    }

    @Test
    void the_user_name_may_not_appear_in_the_password() {
        assertThat(PasswordPolicy.problems("yulin.leader", "My-YULIN.LEADER-2026")).containsExactly("密码不能包含用户名");
    }

    @Test
    void common_passwords_are_refused_whatever_their_case() {
        assertThat(PasswordPolicy.problems("x.user", "P@ssw0rd123")).anySatisfy(p -> assertThat(p).contains("过于常见"));
        assertThat(PasswordPolicy.problems("x.user", "1QAZ@wsx3EDC")).anySatisfy(p -> assertThat(p).contains("过于常见"));
    }

    @Test
    void null_is_refused_not_a_crash() {
        assertThat(PasswordPolicy.problems("x.user", null)).isNotEmpty();
    }
}
