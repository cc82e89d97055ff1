package cn.nianbao.app.security;

import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

import cn.nianbao.domain.user.Role;
import cn.nianbao.domain.user.UserAccount;
import cn.nianbao.domain.user.UserAccountService;

/** Spring Security reads accounts from the domain; roles become ROLE_CLERK etc. for coarse view guards. */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final UserAccountService accounts;

    AccountUserDetailsService(UserAccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        UserAccount account = accounts.find(username).orElseThrow(() -> new UsernameNotFoundException(username));
        List<SimpleGrantedAuthority> roles = account.grants().stream()
                .flatMap(g -> authorities(g.role()).stream()).map(SimpleGrantedAuthority::new).distinct().toList();
        return User.withUsername(account.username()).password(account.passwordHash())
                .disabled(!account.enabled()).authorities(roles.isEmpty()
                        ? List.of(new SimpleGrantedAuthority("ROLE_USER")) : roles).build();
    }

    /**
     * The role's authority. The system administrator also carries the former ROLE_ADMIN, because views written
     * before 三权分立 still name "ADMIN" in their @RolesAllowed; drop the alias once they say SYSTEM_ADMIN.
     */
    static List<String> authorities(Role role) {
        return role == Role.SYSTEM_ADMIN ? List.of("ROLE_SYSTEM_ADMIN", "ROLE_ADMIN") : List.of("ROLE_" + role.name());
    }
}
