package cn.nianbao.domain.user;

import java.time.Instant;

/** A token just created: {@code token} is the secret, shown to its owner this once and stored nowhere. */
public record IssuedToken(long id, String name, String token, Instant expiresAt) {
}
