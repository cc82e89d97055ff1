package cn.nianbao.app.demo;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.nianbao.reports.evidence.SigningKeys;
import cn.nianbao.app.security.DatabaseKind;
import cn.nianbao.app.database.TryOutDatabase;
import cn.nianbao.domain.interchange.ReportJsonCodec;
import cn.nianbao.domain.report.PublishedReports;
import cn.nianbao.domain.sensitive.SensitiveWordService;
import cn.nianbao.domain.unit.UnitKind;
import cn.nianbao.domain.unit.UnitService;
import cn.nianbao.domain.unit.UnitView;
import cn.nianbao.domain.user.Actor;
import cn.nianbao.domain.user.Role;
import cn.nianbao.domain.user.UserAccountService;

/**
 * Loads the demo city 绥化市 with its counties 兰西县 and 青冈县 once (it is skipped when 兰西县 exists). The seed
 * report goes through the same JSON importer a user's import does. On PostgreSQL the demo accounts are created only
 * when NIANBAO_DEMO=true says so (nianbao.demo.postgresql) or on the try-out database the app started itself.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "nianbao.demo.enabled", havingValue = "true")
class DemoData implements ApplicationRunner {

    static final String CITY = "suihua";
    static final String COUNTY = "lanxi";
    static final String SECOND_COUNTY = "qinggang";
    static final String PASSWORD = "demo";
    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

    private record Township(String code, String shortName, UnitKind kind, String login) {
    }

    private static final List<Township> TOWNSHIPS = List.of(
            new Township("lanxi-lanhe", "兰河乡", UnitKind.XIANG, "lanhe"),
            new Township("lanxi-yulin", "榆林镇", UnitKind.ZHEN, "yulin"),
            new Township("lanxi-beian", "北安乡", UnitKind.XIANG, "beian"));

    /** 青冈县, the second county of 绥化市: townships without people, so the city's overview has a neighbour to compare. */
    private static final List<Township> SECOND_TOWNSHIPS = List.of(
            new Township("qinggang-qinggang", "青冈镇", UnitKind.ZHEN, null),
            new Township("qinggang-zhonghe", "中和镇", UnitKind.ZHEN, null),
            new Township("qinggang-jianshe", "建设乡", UnitKind.XIANG, null));

    private final UnitService units;
    private final UserAccountService users;
    private final PublishedReports publicReports;
    private final ReportJsonCodec codec;
    private final SensitiveWordService words;
    private final DataSource dataSource;
    private final SigningKeys signingKeys;
    private final boolean onPostgres;

    DemoData(UnitService units, UserAccountService users, PublishedReports publicReports, ReportJsonCodec codec,
             SensitiveWordService words, DataSource dataSource, SigningKeys signingKeys,
             @Value("${nianbao.demo.postgresql:false}") boolean onPostgres, ObjectProvider<TryOutDatabase> tryOut) {
        this.dataSource = dataSource;
        this.signingKeys = signingKeys;
        // the embedded database the README's run starts is the try-out: it gets the demo county as H2 did
        this.onPostgres = onPostgres || tryOut.getIfAvailable() != null;
        this.units = units;
        this.users = users;
        this.publicReports = publicReports;
        this.codec = codec;
        this.words = words;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) throws IOException {
        boolean demoCounty = units.findByCode(COUNTY).isPresent();
        if (!onPostgres && DatabaseKind.isPostgres(dataSource)) {
            if (!demoCounty) {
                LOG.warn("PostgreSQL 数据库：未设置 NIANBAO_DEMO=true，不创建演示数据和演示账号");
            }
            return;
        }
        // the demo county office signs its evidence packs with a demo certificate (a county loads its own)
        signingKeys.createDemoKeyIfMissing("兰西县人民政府办公室（演示证书）");
        if (demoCounty) {
            return;
        }
        // the city above 兰西县; 兰西县人民政府 stays the county node of its county, as before there were cities
        UnitView city = units.create(CITY, "绥化市人民政府", "绥化市", UnitKind.CITY, null);
        UnitView county = units.create(COUNTY, "兰西县人民政府", "兰西县", UnitKind.COUNTY_GOVERNMENT, CITY);
        person("admin", "系统管理员", Role.SYSTEM_ADMIN, null);
        person("security", "安全管理员", Role.SECURITY_ADMIN, null);
        person("audit", "审计管理员", Role.AUDIT_ADMIN, null);
        Actor countyOffice = person("county", "兰西县政府办公室", Role.COUNTY_OFFICE, county);
        person("city", "绥化市政府办公室", Role.CITY_OFFICE, city);
        units.create("suihua-fgw", "绥化市发展和改革委员会", "市发展和改革委员会", UnitKind.CITY_DEPARTMENT, CITY);
        UnitView second = units.create(SECOND_COUNTY, "青冈县人民政府", "青冈县", UnitKind.COUNTY_GOVERNMENT, CITY);
        person("qinggang.county", "青冈县政府办公室", Role.COUNTY_OFFICE, second);
        for (Township t : SECOND_TOWNSHIPS) {
            units.create(t.code(), "青冈县" + t.shortName() + "人民政府", t.shortName(), t.kind(), SECOND_COUNTY);
        }
        for (Township t : TOWNSHIPS) {
            UnitView unit = units.create(t.code(), "兰西县" + t.shortName() + "人民政府", t.shortName(), t.kind(), COUNTY);
            person(t.login() + ".clerk", t.shortName() + "党政办起草人", Role.CLERK, unit);
            person(t.login() + ".secrecy", t.shortName() + "保密审查员", Role.SECRECY_REVIEWER, unit);
            person(t.login() + ".leader", t.shortName() + "分管领导", Role.LEADER, unit);
        }
        units.create("lanxi-fgj", "兰西县发展和改革局", "县发展和改革局", UnitKind.COUNTY_DEPARTMENT, COUNTY);
        words.add(countyOffice, county.id(), "内部讨论稿");
        words.add(countyOffice, county.id(), "领导批示原文");
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("nianbao/demo/lanxi-lanhe-2020.json")) {
            publicReports.importPublished(codec.read(in.readAllBytes()));
        }
        LOG.info("演示数据已载入：绥化市、兰西县与青冈县、{} 个乡镇、演示账号（密码 {}）与兰河乡 2020 年度报告", TOWNSHIPS.size() + SECOND_TOWNSHIPS.size(), PASSWORD);
    }

    private Actor person(String username, String name, Role role, UnitView unit) {
        users.createDemo(username, PASSWORD, name, username + "@lanxi.example");
        return users.grant(username, role, unit == null ? null : unit.id()).actor();
    }
}
