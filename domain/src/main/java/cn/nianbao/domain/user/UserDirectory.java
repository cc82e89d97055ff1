package cn.nianbao.domain.user;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.nianbao.domain.i18n.Messages;
import cn.nianbao.domain.refusal.Refusal;
import cn.nianbao.domain.unit.UnitService;
import cn.nianbao.domain.unit.UnitView;

/**
 * The system administrator's list of people, a page at a time: all of them by user name, or those holding a role in
 * one unit. A province has ~45,000 people, so a page is two SQL statements (the accounts, then their grants),
 * never the entities with their grants loaded one person at a time.
 */
@Service
@Transactional(readOnly = true)
public class UserDirectory {

    public static final int PAGE_SIZE = 100;

    private static final Messages TEXT = Messages.of("security");

    private final JdbcTemplate jdbc;
    private final UnitService units;

    UserDirectory(JdbcTemplate jdbc, UnitService units) {
        this.jdbc = jdbc;
        this.units = units;
    }

    public record Page(String unit, int page, int pageSize, long total, List<AccountSummary> users) {
    }

    /** Page {@code page} (from 0) of everyone, or of the people with a role in {@code unitCode}. */
    public Page page(Actor actor, String unitCode, int page) {
        if (page < 0) {
            throw Refusal.invalid("BAD_PAGE", TEXT.get("user.bad-page"));
        }
        Long unitId = unitId(actor, unitCode);
        String unit = unitId == null ? null : unitCode.strip();
        return new Page(unit, page, PAGE_SIZE, total(unitId, null), slice(unitId, null, (long) page * PAGE_SIZE, PAGE_SIZE));
    }

    /** For a lazy list on screen: people whose user name or name contains {@code text} (null: everyone). */
    public List<AccountSummary> search(Actor actor, String text, long offset, int limit) {
        requireAdmin(actor);
        return slice(null, text, offset, limit);
    }

    public long count(Actor actor, String text) {
        requireAdmin(actor);
        return total(null, text);
    }

    private Long unitId(Actor actor, String unitCode) {
        requireAdmin(actor);
        if (unitCode == null || unitCode.isBlank()) {
            return null;
        }
        return units.findByCode(unitCode.strip()).map(UnitView::id)
                .orElseThrow(() -> Refusal.notFound(TEXT.get("role.unit-missing", unitCode.strip())));
    }

    private static String where(Long unitId, String text, List<Object> args) {
        StringBuilder sql = new StringBuilder(" where 1 = 1");
        if (unitId != null) {
            sql.append(" and exists (select 1 from role_grant g where g.user_id = a.id and g.unit_id = ?)");
            args.add(unitId);
        }
        if (text != null && !text.isBlank()) {
            String like = "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            sql.append(" and (a.username like ? escape '\\' or a.display_name like ? escape '\\')");
            args.add(like);
            args.add(like);
        }
        return sql.toString();
    }

    private long total(Long unitId, String text) {
        List<Object> args = new ArrayList<>();
        Long n = jdbc.queryForObject("select count(*) from app_user a" + where(unitId, text, args), Long.class, args.toArray());
        return n == null ? 0 : n;
    }

    private List<AccountSummary> slice(Long unitId, String text, long offset, int limit) {
        List<Object> args = new ArrayList<>();
        String sql = "select a.id, a.username, a.display_name, a.email, a.enabled, a.must_change_password from app_user a"
                + where(unitId, text, args) + " order by a.username limit ? offset ?";
        args.add(limit);
        args.add(offset);
        Map<Long, AccountSummary> byId = new LinkedHashMap<>();
        jdbc.query(sql, rs -> {
            byId.put(rs.getLong(1), new AccountSummary(rs.getString(2), rs.getString(3), rs.getString(4),
                    rs.getBoolean(5), rs.getBoolean(6), List.of()));
        }, args.toArray());
        if (byId.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Grant>> grants = new LinkedHashMap<>();
        String marks = String.join(",", Collections.nCopies(byId.size(), "?"));
        jdbc.query("select g.user_id, g.role, g.unit_id, u.code from role_grant g left join unit u on u.id = g.unit_id "
                + "where g.user_id in (" + marks + ") order by g.user_id, g.role, u.code", rs -> {
                    long unit = rs.getLong(3);
                    Long heldAt = rs.wasNull() ? null : unit;
                    grants.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new Grant(Role.valueOf(rs.getString(2)), heldAt, rs.getString(4)));
                }, byId.keySet().toArray());
        List<AccountSummary> out = new ArrayList<>();
        byId.forEach((id, a) -> out.add(new AccountSummary(a.username(), a.displayName(), a.email(), a.enabled(),
                a.mustChangePassword(), grants.getOrDefault(id, List.of()))));
        return out;
    }

    private static void requireAdmin(Actor actor) {
        if (actor == null || !actor.has(Role.SYSTEM_ADMIN)) {
            throw Refusal.forbidden(TEXT.get("user.only-system-admin"));
        }
    }
}
