package cn.nianbao.domain;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

import cn.nianbao.domain.unit.UnitKind;
import cn.nianbao.domain.unit.UnitService;
import cn.nianbao.domain.unit.UnitView;
import cn.nianbao.domain.user.Actor;
import cn.nianbao.domain.user.UserAccountService;

/**
 * A fresh township for each test with the four people of its route — clerk, 保密审查员, leader and the county
 * office. The domain's and the workflow's scenario tests start from it.
 */
public abstract class TownshipFixture {

    @Autowired protected UnitService units;
    @Autowired protected UserAccountService users;

    protected Fixtures fx;
    protected UnitView town;
    protected Actor clerk;
    protected Actor secrecy;
    protected Actor leader;
    protected Actor county;

    @BeforeEach
    void setUpTownship() {
        fx = new Fixtures(units, users);
        town = fx.township("兰河乡", UnitKind.XIANG);
        Fixtures.Route route = fx.route(town);
        clerk = route.clerk();
        secrecy = route.secrecy();
        leader = route.leader();
        county = route.county();
    }
}
