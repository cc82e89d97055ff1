package cn.nianbao.domain.unit;

/** A unit as the other modules see it. {@code parentId} is the county of a township or department. */
public record UnitView(Long id, String code, String name, String shortName, UnitKind kind, Long parentId) {

    public UnitRef ref() {
        return new UnitRef(code, name, kind);
    }
}
