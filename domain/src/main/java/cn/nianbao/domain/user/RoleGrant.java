package cn.nianbao.domain.user;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import cn.nianbao.domain.unit.Unit;

@Entity
@Table(name = "role_grant")
class RoleGrant {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id")
    private AppUser user;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "unit_id")
    private Unit unit;

    protected RoleGrant() {
    }

    RoleGrant(AppUser user, Role role, Unit unit) {
        this.user = user;
        this.role = role;
        this.unit = unit;
    }

    Role getRole() {
        return role;
    }

    Unit getUnit() {
        return unit;
    }

    Grant grant() {
        return new Grant(role, unit == null ? null : unit.getId(), unit == null ? null : unit.getCode());
    }
}
