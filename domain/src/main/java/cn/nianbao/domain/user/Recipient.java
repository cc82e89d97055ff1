package cn.nianbao.domain.user;

/** Who is told of something, as far as telling needs: the inbox's name and the mail address. */
public record Recipient(String username, String email, boolean enabled) {
}
