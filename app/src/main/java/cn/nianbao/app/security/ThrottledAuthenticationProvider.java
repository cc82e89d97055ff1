package cn.nianbao.app.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

import cn.nianbao.domain.audit.AuditAction;
import cn.nianbao.domain.audit.AuditOutcome;
import cn.nianbao.domain.audit.SecurityAuditLog;
import cn.nianbao.domain.i18n.Messages;
import cn.nianbao.domain.user.SignInThrottle;

/**
 * The one door for passwords, used by the UI's login form and by the API's HTTP Basic alike: an account or address
 * on hold is refused before its password is even compared, every failure is counted, and every attempt is written
 * to the security audit log. All refusals look the same to the client (a wrong password, "请稍后再试"), so an
 * attacker cannot tell a lockout, an unknown user or a disabled account from a typo.
 */
@Component
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private static final Messages TEXT = Messages.of("security");

    private final DaoAuthenticationProvider passwords;
    private final SignInThrottle throttle;
    private final SecurityAuditLog audit;

    ThrottledAuthenticationProvider(UserDetailsService users, PasswordEncoder encoder, SignInThrottle throttle,
                                    SecurityAuditLog audit) {
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(encoder);
        this.throttle = throttle;
        this.audit = audit;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String username = attempt.getName() == null ? "" : attempt.getName().strip();
        String address = attempt.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : null;
        var hold = throttle.hold(username, address);
        if (hold.isPresent()) {
            audit.recordRegardless(username, AuditAction.SIGN_IN, "refused:" + hold.get().name(), address,
                    AuditOutcome.FAILURE);
            throw refused();
        }
        try {
            Authentication ok = passwords.authenticate(attempt);
            throttle.succeeded(username, address);
            audit.recordRegardless(username, AuditAction.SIGN_IN, username, address, AuditOutcome.SUCCESS);
            return ok;
        } catch (AuthenticationException wrong) {
            throttle.failed(username, address);
            audit.recordRegardless(username, AuditAction.SIGN_IN, username, address, AuditOutcome.FAILURE);
            throw refused();
        }
    }

    private static BadCredentialsException refused() {
        return new BadCredentialsException(TEXT.get("signin.failed"));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
