package cn.nianbao.domain.user;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.nianbao.domain.audit.AuditAction;
import cn.nianbao.domain.audit.AuditOutcome;
import cn.nianbao.domain.audit.AuditSource;
import cn.nianbao.domain.audit.SecurityAuditLog;
import cn.nianbao.domain.i18n.Messages;
import cn.nianbao.domain.refusal.Refusal;

/**
 * Personal access tokens, for systems and scripts that call the API without a person's password: 32 random bytes
 * behind the prefix {@code nbt_} (so a leaked one is recognisable in logs and by secret scanners), stored only as
 * their SHA-256. A token acts with the roles its owner holds at the moment of each call and stops when it expires,
 * is revoked, or its owner is disabled. Checking one is a single indexed query and a hash, not a bcrypt comparison:
 * a 256-bit random secret cannot be guessed, so it needs no slow hash.
 */
@Service
public class AccessTokens {

    public static final String PREFIX = "nbt_";
    public static final int MAX_DAYS = 365;
    /** Live (unrevoked, unexpired) tokens a person may hold at once. */
    public static final int MAX_LIVE = 20;
    public static final int MAX_NAME = 64;

    private static final int SECRET_BYTES = 32;
    private static final int TOKEN_LENGTH = PREFIX.length() + 43; // 32 bytes in unpadded base64url
    /** "Last used" is kept to the minute, so a busy script costs one UPDATE a minute, not one per call. */
    private static final Duration LAST_USED_STEP = Duration.ofMinutes(1);
    private static final Messages TEXT = Messages.of("security");

    private final JdbcTemplate jdbc;
    private final SecurityAuditLog audit;
    private final ActingLeaders actingLeaders;
    private final SecureRandom random = new SecureRandom();
    private final Clock clock = Clock.systemUTC();

    AccessTokens(JdbcTemplate jdbc, SecurityAuditLog audit, ActingLeaders actingLeaders) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.actingLeaders = actingLeaders;
    }

    /**
     * A new token for the person, valid for {@code days} (1…365). Whether the caller proved who they are with a
     * password (and not with another token) is the web layer's to check.
     */
    @Transactional
    public IssuedToken issue(Actor owner, String name, Integer days) {
        String label = name == null ? "" : name.strip();
        if (label.isEmpty() || label.length() > MAX_NAME || label.chars().anyMatch(Character::isISOControl)) {
            throw Refusal.invalid("BAD_TOKEN_NAME", TEXT.get("token.bad-name", MAX_NAME));
        }
        if (days == null || days < 1 || days > MAX_DAYS) {
            throw Refusal.invalid("BAD_TOKEN_DAYS", TEXT.get("token.bad-days", MAX_DAYS));
        }
        long userId = userId(owner.username());
        Instant now = now();
        Integer live = jdbc.queryForObject("select count(*) from access_token where user_id = ? and revoked_at is null "
                + "and expires_at > ?", Integer.class, userId, at(now));
        if (live != null && live >= MAX_LIVE) {
            throw Refusal.conflict("TOO_MANY_TOKENS", TEXT.get("token.too-many", MAX_LIVE));
        }
        byte[] secret = new byte[SECRET_BYTES];
        random.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant expires = now.plus(Duration.ofDays(days));
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(con -> {
            PreparedStatement ps = con.prepareStatement("insert into access_token (user_id, name, secret_hash, "
                    + "created_at, expires_at) values (?, ?, ?, ?, ?)", new String[] {"id"});
            ps.setLong(1, userId);
            ps.setString(2, label);
            ps.setString(3, hash(token));
            ps.setObject(4, at(now));
            ps.setObject(5, at(expires));
            return ps;
        }, key);
        long id = key.getKey().longValue();
        audit.record(owner.username(), AuditAction.TOKEN_CREATE, "#" + id + " " + label + " " + days + "d",
                AuditOutcome.SUCCESS);
        return new IssuedToken(id, label, token, expires);
    }

    /** The person's tokens that are not revoked, newest first; expired ones stay listed until revoked. */
    @Transactional(readOnly = true)
    public List<AccessToken> of(String username) {
        return jdbc.query("select t.id, t.name, t.created_at, t.expires_at, t.last_used_at from access_token t "
                        + "join app_user u on u.id = t.user_id where u.username = ? and t.revoked_at is null "
                        + "order by t.created_at desc, t.id desc",
                (rs, i) -> new AccessToken(rs.getLong(1), rs.getString(2), instant(rs.getObject(3, OffsetDateTime.class)),
                        instant(rs.getObject(4, OffsetDateTime.class)), instant(rs.getObject(5, OffsetDateTime.class))),
                username);
    }

    /** Revokes one of the person's own tokens; another's, or one already revoked, is "not found". */
    @Transactional
    public void revoke(Actor owner, long tokenId) {
        int n = jdbc.update("update access_token set revoked_at = ? where id = ? and revoked_at is null "
                + "and user_id = (select id from app_user where username = ?)", at(now()), tokenId, owner.username());
        if (n == 0) {
            throw Refusal.notFound(TEXT.get("token.not-found"));
        }
        audit.record(owner.username(), AuditAction.TOKEN_REVOKE, "#" + tokenId, AuditOutcome.SUCCESS);
    }

    /** Every live token of the person ends, e.g. when the security administrator resets their password. */
    @Transactional
    public int revokeAll(String actor, String username, String why) {
        int n = jdbc.update("update access_token set revoked_at = ? where revoked_at is null "
                + "and user_id = (select id from app_user where username = ?)", at(now()), username);
        if (n > 0) {
            audit.record(actor, AuditAction.TOKEN_REVOKE, username + " all (" + n + ") " + why, AuditOutcome.SUCCESS);
        }
        return n;
    }

    /**
     * Whom a presented token acts for, read fresh: its owner must be enabled, the token neither expired nor
     * revoked, and the roles are those held now, with the leaders' roles held today on someone's behalf (代理签发),
     * exactly as a password sign-in reads them ({@link UserAccountService#actor}). A refusal is written to the audit log (it stays even though the
     * request fails); an accepted call is not, it is not a sign-in.
     */
    public Optional<TokenBearer> authenticate(String presented) {
        if (presented == null || presented.length() != TOKEN_LENGTH || !presented.startsWith(PREFIX)) {
            return refused("-", "malformed");
        }
        List<Row> rows = jdbc.query("select t.id, t.expires_at, t.last_used_at, t.revoked_at, u.username, "
                        + "u.display_name, u.enabled, g.role, g.unit_id, n.code from access_token t "
                        + "join app_user u on u.id = t.user_id left join role_grant g on g.user_id = u.id "
                        + "left join unit n on n.id = g.unit_id where t.secret_hash = ?",
                (rs, i) -> new Row(rs.getLong(1), instant(rs.getObject(2, OffsetDateTime.class)),
                        instant(rs.getObject(3, OffsetDateTime.class)), instant(rs.getObject(4, OffsetDateTime.class)),
                        rs.getString(5), rs.getString(6), rs.getBoolean(7), rs.getString(8),
                        (Long) rs.getObject(9, Long.class), rs.getString(10)),
                hash(presented));
        if (rows.isEmpty()) {
            return refused("-", "unknown");
        }
        Row first = rows.get(0);
        Instant now = now();
        if (first.revokedAt() != null) {
            return refused(first.username(), "#" + first.tokenId() + " revoked");
        }
        if (!first.expiresAt().isAfter(now)) {
            return refused(first.username(), "#" + first.tokenId() + " expired");
        }
        if (!first.enabled()) {
            return refused(first.username(), "#" + first.tokenId() + " owner disabled");
        }
        if (first.lastUsedAt() == null || first.lastUsedAt().plus(LAST_USED_STEP).isBefore(now)) {
            jdbc.update("update access_token set last_used_at = ? where id = ?", at(now), first.tokenId());
        }
        List<Grant> grants = new ArrayList<>();
        for (Row r : rows) {
            if (r.role() != null) {
                grants.add(new Grant(Role.valueOf(r.role()), r.unitId(), r.unitCode()));
            }
        }
        Actor owner = new Actor(first.username(), first.displayName(), grants)
                .actingAs(actingLeaders.activeFor(first.username()));
        return Optional.of(new TokenBearer(first.tokenId(), owner));
    }

    private Optional<TokenBearer> refused(String username, String why) {
        audit.recordRegardless(username, AuditAction.TOKEN_REFUSED, why, AuditSource.current(), AuditOutcome.FAILURE);
        return Optional.empty();
    }

    private long userId(String username) {
        List<Long> ids = jdbc.queryForList("select id from app_user where username = ? and enabled = true", Long.class,
                username);
        if (ids.isEmpty()) {
            throw Refusal.notFound(TEXT.get("user.not-found", username));
        }
        return ids.get(0);
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private Instant now() {
        return clock.instant();
    }

    private static OffsetDateTime at(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }

    private record Row(long tokenId, Instant expiresAt, Instant lastUsedAt, Instant revokedAt, String username,
                       String displayName, boolean enabled, String role, Long unitId, String unitCode) {
    }
}
