package cn.nianbao.domain.unit;

/** A unit as the other modules see it, with the county it reports to ({@code countyId}, its own id for a county) and its
 * place in the tree ({@code path}, see {@link Unit#getPath()}). */
public record UnitView(Long id, String code, String name, String shortName, UnitKind kind, Long parentId,
                       Long countyId, String path) {

    public UnitRef ref() {
        return new UnitRef(code, name, kind);
    }
}
