package cn.nianbao.domain.user;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;

@Entity
@Table(name = "app_user")
class AppUser {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String username;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    private String email;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "password_changed_at")
    private Instant passwordChangedAt;

    /** Set by an administrator or an import: the person chooses their own at the next sign-in. */
    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    /** Still the published demo password; a PostgreSQL deployment refuses to start with one outside demo mode. */
    @Column(name = "demo_password", nullable = false)
    private boolean demoPassword;

    // a list of every account (the security administrator's role review) loads the grants of a hundred accounts
    // per statement, not one statement per account: a province has ~45,000
    @OneToMany(mappedBy = "user", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @org.hibernate.annotations.BatchSize(size = 100)
    private List<RoleGrant> grants = new ArrayList<>();

    protected AppUser() {
    }

    AppUser(String username, String passwordHash, String displayName, String email) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.email = email;
        this.enabled = true;
    }

    Long getId() {
        return id;
    }

    String getUsername() {
        return username;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    /** A new password hash; {@code temporary} when someone else chose it. */
    void setPassword(String hash, boolean temporary, boolean demo, Instant at) {
        this.passwordHash = hash;
        this.mustChangePassword = temporary;
        this.demoPassword = demo;
        this.passwordChangedAt = at;
    }

    Instant getPasswordChangedAt() {
        return passwordChangedAt;
    }

    boolean isMustChangePassword() {
        return mustChangePassword;
    }

    boolean isEnabled() {
        return enabled;
    }

    String getDisplayName() {
        return displayName;
    }

    String getEmail() {
        return email;
    }

    void update(String newDisplayName, String newEmail, boolean isEnabled) {
        this.displayName = newDisplayName;
        this.email = newEmail;
        this.enabled = isEnabled;
    }

    List<RoleGrant> getGrants() {
        return grants;
    }

    UserAccount account() {
        return new UserAccount(id, username, passwordHash, displayName, email, enabled,
                grants.stream().map(RoleGrant::grant).toList(), mustChangePassword, passwordChangedAt);
    }
}
