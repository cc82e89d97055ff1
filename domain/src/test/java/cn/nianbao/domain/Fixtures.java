package cn.nianbao.domain;

import java.util.List;
import java.util.UUID;

import cn.nianbao.domain.unit.UnitKind;
import cn.nianbao.domain.unit.UnitService;
import cn.nianbao.domain.unit.UnitView;
import cn.nianbao.domain.user.Actor;
import cn.nianbao.domain.user.Role;
import cn.nianbao.domain.user.UserAccountService;

/**
 * Fresh units and people for one test, with unique codes so tests never share data, even on a
 * reused external database.
 */
public final class Fixtures {

    private final UnitService units;
    private final UserAccountService users;
    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    public Fixtures(UnitService units, UserAccountService users) {
        this.units = units;
        this.users = users;
    }

    public String tag() {
        return tag;
    }

    public UnitView county() {
        return units.findByCode("c-" + tag).orElseGet(() ->
                units.create("c-" + tag, "测试县" + tag, "测试县", UnitKind.COUNTY_GOVERNMENT, null));
    }

    public UnitView township(String name, UnitKind kind) {
        String code = "t-" + tag + "-" + Math.abs(name.hashCode() % 100000);
        return units.findByCode(code).orElseGet(() ->
                units.create(code, county().name() + name + "人民政府", name, kind, county().code()));
    }

    /** A person holding the role in the unit; the password is "secret-pw". */
    public Actor person(String who, Role role, UnitView unit) {
        String username = (who + "." + tag).toLowerCase();
        if (users.find(username).isEmpty()) {
            users.create(username, "secret-pw", who, username + "@example.test");
        }
        return users.grant(username, role, unit == null ? null : unit.id()).actor();
    }

    /** The four people of a township's route: its clerk, 保密审查员 and leader, and the county office. */
    public record Route(Actor clerk, Actor secrecy, Actor leader, Actor county) {
    }

    public Route route(UnitView town) {
        return new Route(person("clerk", Role.CLERK, town), person("secrecy", Role.SECRECY_REVIEWER, town),
                person("leader", Role.LEADER, town), person("county", Role.COUNTY_OFFICE, county()));
    }

    public List<UnitView> townships() {
        return units.children(county().id());
    }
}
