package cn.nianbao.domain.user;

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

    @OneToMany(mappedBy = "user", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
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

    void changePassword(String hash) {
        this.passwordHash = hash;
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
                grants.stream().map(RoleGrant::grant).toList());
    }
}
