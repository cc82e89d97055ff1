package cn.nianbao.domain.user;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Whom a move of a report tells, in plain SQL: every decision asks two or three of these, and a JPQL query with a
 * list parameter is translated anew by Hibernate on each call, which cost more CPU than the query itself.
 */
@Component
class RecipientQueries {

    private static final RowMapper<Recipient> RECIPIENT = (rs, n) ->
            new Recipient(rs.getString("username"), rs.getString("email"), rs.getBoolean("enabled"));

    private final NamedParameterJdbcTemplate jdbc;

    RecipientQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The enabled holders of any of the roles in the unit, each once. */
    List<Recipient> holders(Collection<Role> roles, Long unitId) {
        return jdbc.query("""
                select distinct u.username, u.email, u.enabled from role_grant g join app_user u on u.id = g.user_id
                 where g.role in (:roles) and g.unit_id = :unit and u.enabled = true order by u.username""",
                Map.of("roles", roles.stream().map(Role::name).toList(), "unit", unitId), RECIPIENT);
    }

    /** A unit's leaders and whoever acts for one of its leaders on the day (代理签发), enabled, each once. */
    List<Recipient> leadersAndActing(Long unitId, LocalDate day) {
        return jdbc.query("""
                select u.username, u.email, u.enabled from app_user u
                 where u.enabled = true
                   and (exists (select 1 from role_grant g where g.user_id = u.id and g.role = 'LEADER' and g.unit_id = :unit)
                        or exists (select 1 from acting_leader a where a.acting = u.username and a.unit_id = :unit
                                    and a.ended_at is null and a.starts_on <= :day and a.ends_on >= :day))
                 order by u.username""", Map.of("unit", unitId, "day", day), RECIPIENT);
    }

    /** The person, enabled or not. */
    Optional<Recipient> person(String username) {
        return jdbc.query("select username, email, enabled from app_user where username = :name",
                Map.of("name", username), RECIPIENT).stream().findFirst();
    }
}
