package cn.nianbao.app.security;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import cn.nianbao.domain.i18n.Messages;
import cn.nianbao.domain.refusal.Refusal;
import cn.nianbao.domain.user.AccessToken;
import cn.nianbao.domain.user.AccessTokens;
import cn.nianbao.domain.user.Actor;
import cn.nianbao.domain.user.IssuedToken;

/**
 * One's own personal access tokens: {@code POST /api/v1/me/tokens {"name","days"}} answers the secret once,
 * {@code GET} lists them without it, {@code DELETE /api/v1/me/tokens/{id}} revokes one. Only a person signed in with
 * their password creates a token, so a leaked token cannot make itself a successor.
 */
@RestController
class AccessTokenController {

    private static final Messages TEXT = Messages.of("security");

    private final CurrentActor current;
    private final AccessTokens tokens;

    AccessTokenController(CurrentActor current, AccessTokens tokens) {
        this.current = current;
        this.tokens = tokens;
    }

    record TokenListed(long id, String name, Instant createdAt, Instant expiresAt, Instant lastUsedAt,
                       boolean expired) {
    }

    @PostMapping(value = "/api/v1/me/tokens", consumes = "application/json", produces = "application/json")
    ResponseEntity<Map<String, Object>> create(@RequestBody JsonNode body) {
        Actor owner = current.require();
        if (!current.byPassword()) {
            throw Refusal.forbidden(TEXT.get("token.by-password-only"));
        }
        if (body == null || !body.isObject()) {
            throw Refusal.invalid("BAD_REQUEST", TEXT.get("token.bad-name", AccessTokens.MAX_NAME));
        }
        JsonNode name = body.path("name");
        JsonNode days = body.path("days");
        if (!name.isTextual()) {
            throw Refusal.invalid("BAD_TOKEN_NAME", TEXT.get("token.bad-name", AccessTokens.MAX_NAME));
        }
        // 90, not 90.5 nor "90": a whole number within an int, else the same message as one out of range
        if (!days.isIntegralNumber() || !days.canConvertToInt()) {
            throw Refusal.invalid("BAD_TOKEN_DAYS", TEXT.get("token.bad-days", AccessTokens.MAX_DAYS));
        }
        IssuedToken issued = tokens.issue(owner, name.asText(), days.intValue());
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("id", issued.id());
        answer.put("name", issued.name());
        answer.put("token", issued.token());
        answer.put("expiresAt", issued.expiresAt());
        // the secret must not stay in any cache between here and the script
        return ResponseEntity.status(HttpStatus.CREATED).cacheControl(CacheControl.noStore()).body(answer);
    }

    @GetMapping(value = "/api/v1/me/tokens", produces = "application/json")
    List<TokenListed> list() {
        Instant now = Instant.now();
        return tokens.of(current.require().username()).stream()
                .map((AccessToken t) -> new TokenListed(t.id(), t.name(), t.createdAt(), t.expiresAt(), t.lastUsedAt(),
                        t.expired(now)))
                .toList();
    }

    @DeleteMapping("/api/v1/me/tokens/{id}")
    ResponseEntity<Void> revoke(@PathVariable long id) {
        tokens.revoke(current.require(), id);
        return ResponseEntity.noContent().build();
    }
}
