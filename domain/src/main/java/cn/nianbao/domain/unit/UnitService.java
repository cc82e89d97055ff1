package cn.nianbao.domain.unit;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.nianbao.domain.i18n.Messages;
import cn.nianbao.domain.refusal.Refusal;

/** Units and their tree. */
@Service
@Transactional
public class UnitService {

    private static final Messages TEXT = Messages.of("unit");

    private final UnitRepository units;

    UnitService(UnitRepository units) {
        this.units = units;
    }

    public UnitView create(String code, String name, String shortName, UnitKind kind, String parentCode) {
        if (code == null || !code.matches("[a-z0-9][a-z0-9-]{1,62}")) {
            throw Refusal.invalid("BAD_UNIT_CODE", TEXT.get("refuse.bad_code"));
        }
        if (units.findByCode(code).isPresent()) {
            throw Refusal.conflict("UNIT_EXISTS", TEXT.get("refuse.code_taken", code));
        }
        Unit parent = parentCode == null ? null : units.findByCode(parentCode)
                .orElseThrow(() -> Refusal.notFound(TEXT.get("refuse.parent_missing", parentCode)));
        return units.save(new Unit(code, name, shortName, kind, parent)).view();
    }

    @Transactional(readOnly = true)
    public Optional<UnitView> findByCode(String code) {
        return units.findByCode(code).map(Unit::view);
    }

    /** The unit itself, for the other features of the domain (an entity never leaves the domain). */
    @Transactional(readOnly = true)
    public Optional<Unit> findEntity(Long id) {
        return units.findById(id);
    }

    @Transactional(readOnly = true)
    public Optional<UnitView> findById(Long id) {
        return units.findById(id).map(Unit::view);
    }

    @Transactional(readOnly = true)
    public List<UnitView> children(Long parentId) {
        return units.findByParentIdOrderByCode(parentId).stream().map(Unit::view).toList();
    }

    /** One page of a unit's children by code ({@code parentId} null: the roots). */
    @Transactional(readOnly = true)
    public List<UnitView> children(Long parentId, int page, int size) {
        PageRequest p = PageRequest.of(page, size);
        return (parentId == null ? units.findByParentIsNullOrderByCode(p) : units.findByParentIdOrderByCode(parentId, p))
                .stream().map(Unit::view).toList();
    }

    @Transactional(readOnly = true)
    public long countChildren(Long parentId) {
        return parentId == null ? units.countByParentIsNull() : units.countByParentId(parentId);
    }

    public UnitView update(String code, String name, String shortName, UnitKind kind) {
        Unit unit = units.findByCode(code).orElseThrow(() -> Refusal.notFound(TEXT.get("refuse.unit_missing", code)));
        unit.rename(name, shortName);
        unit.changeKind(kind);
        return unit.view();
    }

    /** Every unit's id, in one query (what an administrator may see). */
    @Transactional(readOnly = true)
    public List<Long> allIds() {
        return units.findAllIds();
    }

    /** Every county node (a county, or a county government standing for its county), by code. */
    @Transactional(readOnly = true)
    public List<UnitView> counties() {
        return units.findByKindInOrderByCode(List.of(UnitKind.COUNTY, UnitKind.COUNTY_GOVERNMENT)).stream()
                .filter(u -> u.areaLevel().orElse(null) == AreaLevel.COUNTY).map(Unit::view).toList();
    }

    @Transactional(readOnly = true)
    public List<UnitView> roots() {
        return units.findByParentIsNullOrderByCode().stream().map(Unit::view).toList();
    }

    public UnitView rename(String code, String name, String shortName) {
        Unit unit = units.findByCode(code).orElseThrow(() -> Refusal.notFound(TEXT.get("refuse.unit_missing", code)));
        unit.rename(name, shortName);
        return unit.view();
    }
}
