package cn.nianbao.app.security;

import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

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
                .map(g -> new SimpleGrantedAuthority("ROLE_" + g.role().name())).distinct().toList();
        return User.withUsername(account.username()).password(account.passwordHash())
                .disabled(!account.enabled()).authorities(roles.isEmpty()
                        ? List.of(new SimpleGrantedAuthority("ROLE_USER")) : roles).build();
    }
}
