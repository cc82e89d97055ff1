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
}
