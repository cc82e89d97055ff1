package cn.nianbao.domain.unit;

import java.util.ArrayList;
import java.util.List;

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

/** An administrative unit: 兰西县, 兰河乡人民政府, 县发展和改革局 … */
@Entity
@Table(name = "unit")
public class Unit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(name = "short_name", nullable = false)
    private String shortName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private UnitKind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Unit parent;

    protected Unit() {
    }

    Unit(String code, String name, String shortName, UnitKind kind, Unit parent) {
        this.code = code;
        this.name = name;
        this.shortName = shortName;
        this.kind = kind;
        this.parent = parent;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getShortName() {
        return shortName;
    }

    public UnitKind getKind() {
        return kind;
    }

    public Unit getParent() {
        return parent;
    }

    /**
     * The county this unit reports to: itself for a county (a unit without a parent, or a county government), else
     * the nearest county above it. The one place that knows how the tree maps onto the county office.
     */
    public Unit county() {
        Unit u = this;
        while (u.parent != null && u.kind != UnitKind.COUNTY_GOVERNMENT) {
            u = u.parent;
        }
        return u;
    }

    public Long countyId() {
        return county().getId();
    }

    /** This unit and every unit above it, nearest first. */
    public List<Long> selfAndAncestorIds() {
        List<Long> ids = new ArrayList<>();
        for (Unit u = this; u != null; u = u.parent) {
            ids.add(u.getId());
        }
        return ids;
    }

    void rename(String newName, String newShortName) {
        this.name = newName;
        this.shortName = newShortName;
    }

    public UnitView view() {
        return new UnitView(id, code, name, shortName, kind, parent == null ? null : parent.getId(), countyId());
    }

    public UnitRef ref() {
        return new UnitRef(code, name, kind);
    }
}
