package cn.nianbao.domain.user;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.nianbao.domain.refusal.Refusal;
import cn.nianbao.domain.unit.Unit;

/** Accounts, passwords (stored as bcrypt hashes) and the roles people hold in units. */
@Service
@Transactional
public class UserAccountService {

    /** bcrypt behind a {id} prefix, so the algorithm can be raised later without a migration. */
    public static final PasswordEncoder PASSWORDS = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    private final AppUserRepository users;
    private final EntityManager em;

    UserAccountService(AppUserRepository users, EntityManager em) {
        this.users = users;
        this.em = em;
    }

    public UserAccount create(String username, String rawPassword, String displayName, String email) {
        if (username == null || !username.matches("[a-z0-9][a-z0-9._-]{1,63}")) {
            throw Refusal.invalid("BAD_USERNAME", "用户名只能由小写字母、数字、点、连字符和下划线组成");
        }
        if (rawPassword == null || rawPassword.length() < 4) {
            throw Refusal.invalid("WEAK_PASSWORD", "密码至少 4 个字符");
        }
        if (users.findByUsername(username).isPresent()) {
            throw Refusal.conflict("USER_EXISTS", "用户名「" + username + "」已被使用");
        }
        return users.save(new AppUser(username, PASSWORDS.encode(rawPassword), displayName, email)).account();
    }

    /** An administrator adds a person. */
    public UserAccount createAs(Actor actor, String username, String rawPassword, String displayName, String email) {
        requireAdmin(actor);
        if (displayName == null || displayName.isBlank()) {
            throw Refusal.invalid("BAD_NAME", "请填写姓名");
        }
        return create(username, rawPassword, displayName.strip(), email);
    }

    /** An administrator grants a role in a unit. */
    public UserAccount grantAs(Actor actor, String username, Role role, Long unitId) {
        requireAdmin(actor);
        return grant(username, role, unitId);
    }

    private static void requireAdmin(Actor actor) {
        if (!actor.isAdmin()) {
            throw Refusal.forbidden("只有系统管理员可以管理用户和角色");
        }
    }

    public UserAccount grant(String username, Role role, Long unitId) {
        AppUser user = required(username);
        Unit unit = unitId == null ? null : em.find(Unit.class, unitId);
        if (role != Role.ADMIN && unit == null) {
            throw Refusal.invalid("UNIT_REQUIRED", "除系统管理员外，角色必须属于某个单位");
        }
        boolean held = user.getGrants().stream().anyMatch(g -> g.getRole() == role
                && (unit == null ? g.getUnit() == null : g.getUnit() != null && g.getUnit().getId().equals(unit.getId())));
        if (!held) {
            user.getGrants().add(new RoleGrant(user, role, unit));
        }
        return users.saveAndFlush(user).account();
    }

    public UserAccount revoke(String username, Role role, Long unitId) {
        AppUser user = required(username);
        user.getGrants().removeIf(g -> g.getRole() == role
                && (unitId == null ? g.getUnit() == null : g.getUnit() != null && g.getUnit().getId().equals(unitId)));
        return user.account();
    }

    public void changePassword(String username, String oldPassword, String newPassword) {
        AppUser user = required(username);
        if (!PASSWORDS.matches(oldPassword, user.getPasswordHash())) {
            throw Refusal.invalid("WRONG_PASSWORD", "原密码不正确");
        }
        if (newPassword == null || newPassword.length() < 8) {
            throw Refusal.invalid("WEAK_PASSWORD", "新密码至少 8 个字符");
        }
        user.changePassword(PASSWORDS.encode(newPassword));
    }

    public UserAccount update(String username, String displayName, String email, boolean enabled) {
        AppUser user = required(username);
        user.update(displayName, email, enabled);
        return user.account();
    }

    @Transactional(readOnly = true)
    public Optional<UserAccount> find(String username) {
        return users.findByUsername(username).map(AppUser::account);
    }

    @Transactional(readOnly = true)
    public Optional<Actor> actor(String username) {
        return find(username).filter(UserAccount::enabled).map(UserAccount::actor);
    }

    /** Who holds a role in a unit: the candidates of a workflow stage, the people to notify. */
    @Transactional(readOnly = true)
    public List<UserAccount> holders(Role role, Long unitId) {
        return users.findByRoleInUnit(role, unitId).stream().map(AppUser::account).filter(UserAccount::enabled).toList();
    }

    @Transactional(readOnly = true)
    public List<UserAccount> all() {
        return users.findAllByOrderByUsername().stream().map(AppUser::account).toList();
    }

    private AppUser required(String username) {
        return users.findByUsername(username).orElseThrow(() -> Refusal.notFound("用户「" + username + "」不存在"));
    }
}
