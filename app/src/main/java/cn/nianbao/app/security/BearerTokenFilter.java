package cn.nianbao.app.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

import cn.nianbao.domain.i18n.Messages;
import cn.nianbao.domain.user.AccessTokens;

/**
 * {@code Authorization: Bearer nbt_…} on the API: a valid personal access token signs the request in as its
 * owner; any other bearer token ends the request with 401 at once, rather than falling through to the anonymous
 * user. Requests without a bearer token pass untouched to HTTP Basic.
 */
final class BearerTokenFilter extends OncePerRequestFilter {

    private static final String SCHEME = "Bearer";
    private static final Messages TEXT = Messages.of("security");

    private final AccessTokens tokens;
    private final SecurityContextHolderStrategy contexts;

    BearerTokenFilter(AccessTokens tokens, SecurityContextHolderStrategy contexts) {
        this.tokens = tokens;
        this.contexts = contexts;
    }

    /** "Bearer", alone (an empty token: refused like any bad one) or followed by a space and the token. */
    private static boolean isBearer(String header) {
        return header != null && header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())
                && (header.length() == SCHEME.length() || header.charAt(SCHEME.length()) == ' ');
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (!isBearer(header)) {
            chain.doFilter(request, response);
            return;
        }
        var bearer = tokens.authenticate(header.substring(SCHEME.length()).strip());
        if (bearer.isEmpty()) {
            contexts.clearContext();
            JsonSecurityErrors.write(response, 401, "UNAUTHORIZED", TEXT.get("token.invalid"),
                    "Bearer realm=\"nianbao\", error=\"invalid_token\"");
            return;
        }
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(new AccessTokenAuthentication(bearer.get()));
        contexts.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            contexts.clearContext();
        }
    }
}
