package cn.nianbao.domain.user;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AppUserRepository extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByUsername(String username);

    @Query("select distinct g.user from RoleGrant g where g.role = :role and g.unit.id = :unitId")
    List<AppUser> findByRoleInUnit(Role role, Long unitId);

    @Query("select distinct g.user from RoleGrant g where g.role in :roles and g.unit.id = :unitId")
    List<AppUser> findByRolesInUnit(java.util.Collection<Role> roles, Long unitId);

    List<AppUser> findAllByOrderByUsername();

    // the recipients of a notice in one query each, without loading anyone's grants

    @Query("select distinct new cn.nianbao.domain.user.Recipient(u.username, u.email, u.enabled) from RoleGrant g"
            + " join g.user u where g.role in :roles and g.unit.id = :unitId and u.enabled = true order by u.username")
    List<Recipient> recipientsByRolesInUnit(java.util.Collection<Role> roles, Long unitId);

    /** A unit's leaders and whoever acts for one of its leaders on the day (代理签发), enabled, each once. */
    @Query("select distinct new cn.nianbao.domain.user.Recipient(u.username, u.email, u.enabled) from AppUser u"
            + " where u.enabled = true and (u.id in (select g.user.id from RoleGrant g"
            + " where g.role = cn.nianbao.domain.user.Role.LEADER and g.unit.id = :unitId)"
            + " or u.username in (select a.acting from ActingLeader a where a.unitId = :unitId and a.endedAt is null"
            + " and a.startsOn <= :day and a.endsOn >= :day)) order by u.username")
    List<Recipient> leadersAndActingInUnit(Long unitId, java.time.LocalDate day);

    @Query("select new cn.nianbao.domain.user.Recipient(u.username, u.email, u.enabled) from AppUser u"
            + " where u.username = :username")
    Optional<Recipient> recipient(String username);
}
