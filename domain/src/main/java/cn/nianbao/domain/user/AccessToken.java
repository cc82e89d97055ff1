package cn.nianbao.domain.user;

import java.time.Instant;

/** One of a person's personal access tokens as they see it in their list: never the secret. */
public record AccessToken(long id, String name, Instant createdAt, Instant expiresAt, Instant lastUsedAt) {

    public boolean expired(Instant now) {
        return !expiresAt.isAfter(now);
    }
}
