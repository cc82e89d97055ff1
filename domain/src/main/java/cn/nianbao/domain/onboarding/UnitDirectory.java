package cn.nianbao.domain.onboarding;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.nianbao.domain.audit.AuditOutcome;
import cn.nianbao.domain.audit.SecurityAuditLog;
import cn.nianbao.domain.i18n.Messages;
import cn.nianbao.domain.input.Paging;
import cn.nianbao.domain.input.TextLimit;
import cn.nianbao.domain.refusal.Refusal;
import cn.nianbao.domain.unit.UnitKind;
import cn.nianbao.domain.unit.UnitService;
import cn.nianbao.domain.unit.UnitView;
import cn.nianbao.domain.user.Actor;

/** The administrators' view of the unit tree, one unit or one page of children at a time. */
@Service
@Transactional
public class UnitDirectory {

    public static final int PAGE_SIZE = 100;

    private static final Messages TEXT = Messages.of("onboarding");

    /** The security audit's names for a unit's changes (an import writes the same ones, one per unit). */
    public static final String UNIT_CREATE = "UNIT_CREATE";
    public static final String UNIT_UPDATE = "UNIT_UPDATE";

    private final UnitService units;
    private final SecurityAuditLog audit;

    UnitDirectory(UnitService units, SecurityAuditLog audit) {
        this.units = units;
        this.audit = audit;
    }

    public record Page(String parent, int page, int pageSize, long total, List<UnitView> units) {
    }

    /** The children of a unit ({@code parentCode} null: the roots), by code. */
    @Transactional(readOnly = true)
    public Page children(Actor actor, String parentCode, int page) {
        requireAdmin(actor);
        Paging.requirePage(page);
        Long parentId = parentCode == null || parentCode.isBlank() ? null : units.findByCode(parentCode.strip())
                .map(UnitView::id).orElseThrow(() -> Refusal.notFound(TEXT.get("refuse.parent_missing", parentCode)));
        return new Page(parentId == null ? null : parentCode.strip(), page, PAGE_SIZE, units.countChildren(parentId),
                units.children(parentId, page, PAGE_SIZE));
    }

    @Transactional(readOnly = true)
    public UnitView get(Actor actor, String code) {
        requireAdmin(actor);
        return units.findByCode(code).orElseThrow(() -> Refusal.notFound(TEXT.get("refuse.unit_missing", code)));
    }

    public UnitView create(Actor actor, UnitRow row) {
        requireAdmin(actor);
        UnitView created = validated(row);
        audit.record(actor.username(), UNIT_CREATE, target(created), AuditOutcome.SUCCESS);
        return created;
    }

    /** What the audit says of a unit: its code, then what it is called and where it sits. */
    static String target(UnitView u) {
        return "unit:" + u.code() + " " + u.name() + " (" + u.shortName() + ", " + u.kind().name() + ")";
    }

    /** Changes a unit's name, short name or kind (null: keep); its code and place in the tree stay. */
    public UnitView update(Actor actor, String code, String name, String shortName, String kind) {
        UnitView unit = get(actor, code);
        UnitRow row = new UnitRow(1, code, name == null ? unit.name() : name,
                shortName == null ? unit.shortName() : shortName, kind == null ? unit.kind().name() : kind,
                null);
        firstProblem(row, false);
        UnitView updated = units.update(code, UnitRow.clean(row.name()), shortNameOf(row),
                UnitKind.valueOf(UnitRow.clean(row.kind())));
        audit.record(actor.username(), UNIT_UPDATE, target(updated), AuditOutcome.SUCCESS);
        return updated;
    }

    private UnitView validated(UnitRow row) {
        firstProblem(row, true);
        String parent = UnitRow.clean(row.parentCode());
        return units.create(UnitRow.clean(row.code()), UnitRow.clean(row.name()), shortNameOf(row),
                UnitKind.valueOf(UnitRow.clean(row.kind())), parent.isEmpty() ? null : parent);
    }

    /** The one unit's checks are the import's checks, so the API and a sheet refuse the same things alike. */
    private static void firstProblem(UnitRow row, boolean withCode) {
        String code = UnitRow.clean(row.code());
        if (withCode && !code.matches(UnitImport.CODE_PATTERN)) {
            throw Refusal.invalid("BAD_UNIT_CODE", TEXT.get(code.isEmpty() ? "problem.code_missing" : "problem.code_bad", code));
        }
        String name = UnitRow.clean(row.name());
        if (name.isEmpty() || name.length() > TextLimit.UNIT_NAME.max()) {
            throw Refusal.invalidField("BAD_UNIT", "name", TEXT.get(name.isEmpty() ? "problem.name_missing" : "problem.name_long",
                    TextLimit.UNIT_NAME.max()));
        }
        if (shortNameOf(row).length() > TextLimit.UNIT_SHORT_NAME.max()) {
            throw Refusal.invalidField("BAD_UNIT", "short_name", TEXT.get("problem.short_name_long", TextLimit.UNIT_SHORT_NAME.max()));
        }
        String kind = UnitRow.clean(row.kind());
        try {
            UnitKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            throw Refusal.invalid("BAD_UNIT_KIND", kind.isEmpty() ? TEXT.get("problem.kind_missing")
                    : TEXT.get("problem.kind_unknown", kind, String.join("、",
                    java.util.Arrays.stream(UnitKind.values()).map(Enum::name).toList())));
        }
    }

    private static String shortNameOf(UnitRow r) {
        return UnitRow.clean(r.shortName()).isEmpty() ? UnitRow.clean(r.name()) : UnitRow.clean(r.shortName());
    }

    private static void requireAdmin(Actor actor) {
        if (!actor.isAdmin()) {
            throw Refusal.forbidden(TEXT.get("refuse.not_admin"));
        }
    }
}
