package cn.nianbao.app.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

import cn.nianbao.domain.i18n.Messages;
import cn.nianbao.domain.user.UserAccountService;

/**
 * On the API, an account whose password was set by someone else or has expired may do one thing: change it
 * ({@code POST /api/v1/me/password}). Everything else answers 403 with the reason. Access tokens pass: one could
 * only be made by a password sign-in that passed this gate, the password's age is not the token's (a token has its
 * own expiry), and a reset by the security administrator revokes the person's tokens.
 */
class PasswordChangeGate extends OncePerRequestFilter {

    static final String CHANGE_PATH = "/api/v1/me/password";
    private static final Messages TEXT = Messages.of("security");

    private final UserAccountService accounts;

    private final SecurityContextHolderStrategy contexts;

    PasswordChangeGate(UserAccountService accounts, SecurityContextHolderStrategy contexts) {
        this.accounts = accounts;
        this.contexts = contexts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = contexts.getContext().getAuthentication();
        boolean signedIn = auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken)
                && !(auth instanceof AccessTokenAuthentication);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (signedIn && !CHANGE_PATH.equals(path) && accounts.passwordChangeDue(auth.getName())) {
            JsonSecurityErrors.write(response, 403, "PASSWORD_CHANGE_REQUIRED", TEXT.get("signin.password-change-required"));
            return;
        }
        chain.doFilter(request, response);
    }
}
