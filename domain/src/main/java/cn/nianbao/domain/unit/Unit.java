package cn.nianbao.domain.unit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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

    /** The codes from the root down to this unit, {@code /suihua/lanxi/lanxi-lanhe/}: "below X" is a prefix search. */
    @Column(nullable = false)
    private String path;

    protected Unit() {
    }

    Unit(String code, String name, String shortName, UnitKind kind, Unit parent) {
        this.code = code;
        this.name = name;
        this.shortName = shortName;
        this.kind = kind;
        this.parent = parent;
        this.path = pathBelow(parent, code);
    }

    /** The path a unit with this code gets under this parent (codes are [a-z0-9-], safe in a LIKE prefix). */
    public static String pathBelow(Unit parent, String code) {
        return (parent == null ? "/" : parent.getPath()) + code + "/";
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

    public String getPath() {
        return path;
    }

    // The tree is walked through getters only: a parent loaded lazily is a Hibernate proxy whose own fields are empty.

    /**
     * The county this unit reports to: the nearest county node at or above it (itself for a county or a county
     * government at the top of its county); for a unit above county level, its reviewing area. The one place that
     * knows how the tree maps onto the county office.
     */
    public Unit county() {
        for (Unit u = this; u != null; u = u.getParent()) {
            if (u.areaLevel().orElse(null) == AreaLevel.COUNTY) {
                return u;
            }
        }
        return reviewingArea();
    }

    public Long countyId() {
        return county().getId();
    }

    /**
     * The area whose office reviews this unit's reports (县级审核 at its level): the nearest area node (省、市、县) above
     * it — a township's county, a city department's city, a county's city. A unit at the top reviews itself.
     */
    public Unit reviewingArea() {
        for (Unit u = getParent(); u != null; u = u.getParent()) {
            if (u.areaLevel().isPresent()) {
                return u;
            }
        }
        return getParent() == null ? this : root();
    }

    /**
     * The level this unit is the area node of, if any: a province, city or county, or a county government that
     * stands for its county (one at the top of its county, as before the province tree; not one inside a county).
     */
    public Optional<AreaLevel> areaLevel() {
        Unit up = getParent();
        return areaLevelOf(getKind(), up == null ? null : up.getKind());
    }

    /** The same from the kinds alone, for checks that read units by SQL ({@code parentKind} null at the top). */
    public static Optional<AreaLevel> areaLevelOf(UnitKind kind, UnitKind parentKind) {
        if (kind == UnitKind.COUNTY_GOVERNMENT && parentKind == UnitKind.COUNTY) {
            return Optional.empty();
        }
        return kind.areaLevel();
    }

    private Unit root() {
        Unit u = this;
        while (u.getParent() != null) {
            u = u.getParent();
        }
        return u;
    }

    /** This unit and every unit above it, nearest first. */
    public List<Long> selfAndAncestorIds() {
        List<Long> ids = new ArrayList<>();
        for (Unit u = this; u != null; u = u.getParent()) {
            ids.add(u.getId());
        }
        return ids;
    }

    /** Every unit above this one, nearest first. */
    public List<Unit> ancestors() {
        List<Unit> out = new ArrayList<>();
        for (Unit u = getParent(); u != null; u = u.getParent()) {
            out.add(u);
        }
        return out;
    }

    /** Whether this unit is {@code other} or lies below it (a prefix test, no walk). */
    public boolean isAtOrBelow(Unit other) {
        return getPath().startsWith(other.getPath());
    }

    void changeKind(UnitKind newKind) {
        this.kind = newKind;
    }

    void rename(String newName, String newShortName) {
        this.name = newName;
        this.shortName = newShortName;
    }

    public UnitView view() {
        return new UnitView(id, code, name, shortName, kind, parent == null ? null : parent.getId(), countyId(), path);
    }

    public UnitRef ref() {
        return new UnitRef(code, name, kind);
    }
}
