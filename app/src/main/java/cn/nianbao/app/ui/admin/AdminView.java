package cn.nianbao.app.ui.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import cn.nianbao.app.security.CurrentActor;
import cn.nianbao.app.ui.BoundedText;
import cn.nianbao.app.ui.Counties;
import cn.nianbao.app.ui.MainLayout;
import cn.nianbao.app.ui.Notices;
import cn.nianbao.domain.deadline.DeadlineService;
import cn.nianbao.domain.input.ReportYears;
import cn.nianbao.domain.input.TextLimit;
import cn.nianbao.domain.onboarding.UnitDirectory;
import cn.nianbao.domain.onboarding.UnitRow;
import cn.nianbao.domain.refusal.Refusal;
import cn.nianbao.domain.sensitive.SensitiveWordService;
import cn.nianbao.domain.unit.UnitKind;
import cn.nianbao.domain.unit.UnitService;
import cn.nianbao.domain.unit.UnitView;
import cn.nianbao.domain.user.Actor;
import cn.nianbao.domain.user.Role;
import cn.nianbao.domain.onboarding.PeopleImport;
import cn.nianbao.domain.user.AccountSummary;
import cn.nianbao.domain.user.Grant;
import cn.nianbao.domain.user.SignInThrottle;
import cn.nianbao.domain.user.UserAccountService;
import cn.nianbao.domain.user.UserDirectory;

/**
 * 系统管理. 三权分立 as in docs/security.md: the system administrator manages units, people (adds, disables,
 * enables) and roles (grants, revokes); the security administrator unlocks accounts and resets passwords and sees
 * only that part; a county office keeps its deadlines and sensitive words. Every action goes through the same
 * service check as the API, so the screen can do no more than the role may.
 */
@Route(value = "admin", layout = MainLayout.class)
@PageTitle("系统管理 · 年报通")
@RolesAllowed({"ADMIN", "COUNTY_OFFICE", "SECURITY_ADMIN"})
public class AdminView extends VerticalLayout {

    private final UnitService units;
    private final UnitDirectory unitDirectory;
    private final UserAccountService users;
    private final UserDirectory directory;
    private final DeadlineService deadlines;
    private final SensitiveWordService words;
    private final Actor actor;
    private final Grid<UnitView> unitGrid = new Grid<>();
    private final Grid<AccountSummary> userGrid = new Grid<>();
    private final Grid<String> wordGrid = new Grid<>();
    private final Select<UnitView> county = new Select<>();

    public AdminView(UnitService units, UnitDirectory unitDirectory, UserAccountService users, UserDirectory directory,
                     PeopleImport people, DeadlineService deadlines, SensitiveWordService words, SignInThrottle throttle,
                     CurrentActor current) {
        this.units = units;
        this.unitDirectory = unitDirectory;
        this.users = users;
        this.directory = directory;
        this.deadlines = deadlines;
        this.words = words;
        this.actor = current.require();
        add(new H2(getTranslation("admin.title")));
        if (actor.has(Role.SECURITY_ADMIN)) {
            add(new AccountSecurityPanel(users, throttle, actor));
            return;
        }
        List<UnitView> counties = Counties.of(actor, units);
        county.setItems(counties);
        county.setItemLabelGenerator(UnitView::name);
        counties.stream().findFirst().ifPresent(county::setValue);
        county.addValueChangeListener(e -> refresh());
        add(county);
        if (actor.isAdmin()) {
            unitsSection();
            usersSection();
            add(new PeopleImportPanel(people, actor));
        }
        deadlineSection();
        wordsSection();
        refresh();
    }

    private void unitsSection() {
        add(new H3(getTranslation("admin.units")));
        unitGrid.setId("units");
        unitGrid.addColumn(UnitView::code).setHeader(getTranslation("admin.code"));
        unitGrid.addColumn(UnitView::name).setHeader(getTranslation("admin.name")).setFlexGrow(2);
        unitGrid.addColumn(UnitView::shortName).setHeader(getTranslation("admin.shortName"));
        unitGrid.addColumn(u -> getTranslation("kind." + u.kind().name())).setHeader(getTranslation("admin.kind"));
        unitGrid.setAllRowsVisible(true);
        TextField code = new TextField(getTranslation("admin.code"));
        code.setId("unit-code");
        BoundedText.apply(code, TextLimit.UNIT_CODE);
        TextField name = new TextField(getTranslation("admin.name"));
        name.setId("unit-name");
        BoundedText.apply(name, TextLimit.UNIT_NAME);
        TextField shortName = new TextField(getTranslation("admin.shortName"));
        shortName.setId("unit-short");
        BoundedText.apply(shortName, TextLimit.UNIT_SHORT_NAME);
        Select<UnitKind> kind = new Select<>();
        kind.setId("unit-kind");
        kind.setLabel(getTranslation("admin.kind"));
        kind.setItems(UnitKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("kind." + k.name()));
        // the directory's checks and its audit entry, as for the API and a sheet import
        Button add = new Button(getTranslation("admin.add"), e -> act(() -> unitDirectory.create(actor, new UnitRow(1,
                code.getValue(), name.getValue(), shortName.getValue(), kind.getValue() == null ? "" : kind.getValue().name(),
                kind.getValue() == UnitKind.COUNTY_GOVERNMENT || county.getValue() == null ? null : county.getValue().code()))));
        add.setId("unit-add");
        HorizontalLayout form = new HorizontalLayout(code, name, shortName, kind, add);
        form.setAlignItems(Alignment.BASELINE);
        add(unitGrid, form);
    }

    private void usersSection() {
        add(new H3(getTranslation("admin.users")));
        userGrid.setId("users");
        userGrid.addColumn(AccountSummary::username).setHeader(getTranslation("admin.username"));
        userGrid.addColumn(AccountSummary::displayName).setHeader(getTranslation("admin.displayName"));
        userGrid.addColumn(u -> u.grants().stream().map(g -> getTranslation("role." + g.role().name())
                + (g.unitCode() == null ? "" : "@" + g.unitCode())).collect(Collectors.joining("，")))
                .setHeader(getTranslation("admin.roles")).setFlexGrow(3);
        // a province has ~45,000 people: the grid fetches the rows it shows, a page at a time
        userGrid.setItems(query -> directory.search(actor, null, query.getOffset(), query.getLimit()).stream(),
                query -> (int) directory.count(actor, null));
        userGrid.setHeight("24em");
        TextField username = new TextField(getTranslation("admin.username"));
        username.setId("user-name");
        TextField display = new TextField(getTranslation("admin.displayName"));
        display.setId("user-display");
        TextField email = new TextField(getTranslation("admin.email"));
        // the first password is generated and shown once, as the API answers it: nobody chooses another's password
        Button add = new Button(getTranslation("admin.add"), e -> act(() -> {
            var issued = users.createWithOneTimePassword(actor, username.getValue(), display.getValue(), email.getValue());
            new PasswordShownOnce(issued.account().username(), issued.password()).open();
        }));
        add.setId("user-add");
        HorizontalLayout form = new HorizontalLayout(username, display, email, add);
        form.setAlignItems(Alignment.BASELINE);
        ComboBox<AccountSummary> who = new ComboBox<>(getTranslation("admin.username"));
        who.setId("grant-user");
        who.setItemLabelGenerator(u -> u.displayName() + "（" + u.username() + "）");
        who.setItems(query -> directory.search(actor, query.getFilter().orElse(null), query.getOffset(), query.getLimit()).stream(),
                query -> (int) directory.count(actor, query.getFilter().orElse(null)));
        Select<Role> role = new Select<>();
        role.setId("grant-role");
        role.setLabel(getTranslation("admin.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        ComboBox<UnitView> unit = new ComboBox<>(getTranslation("county.unit"));
        unit.setId("grant-unit");
        unit.setItemLabelGenerator(UnitView::name);
        county.addValueChangeListener(e -> unit.setItems(unitsOfCounty()));
        unit.setItems(unitsOfCounty());
        Button grant = new Button(getTranslation("admin.grant"), e -> act(() -> users.grantAs(actor,
                who.getValue() == null ? "" : who.getValue().username(), role.getValue(), unit.getValue() == null ? null : unit.getValue().id())));
        grant.setId("grant");
        HorizontalLayout grantForm = new HorizontalLayout(who, role, unit, grant);
        grantForm.setAlignItems(Alignment.BASELINE);
        add(userGrid, form, grantForm, manageForm());
    }

    /** Disable or enable a person (their sessions end at once when disabled), or take one of their roles away. */
    private HorizontalLayout manageForm() {
        ComboBox<AccountSummary> who = new ComboBox<>(getTranslation("admin.username"));
        who.setId("manage-user");
        who.setItemLabelGenerator(u -> u.displayName() + "（" + u.username() + "）"
                + (u.enabled() ? "" : " · " + getTranslation("admin.disabled")));
        who.setItems(query -> directory.search(actor, query.getFilter().orElse(null), query.getOffset(), query.getLimit()).stream(),
                query -> (int) directory.count(actor, query.getFilter().orElse(null)));
        Select<Grant> grant = new Select<>();
        grant.setId("revoke-grant");
        grant.setLabel(getTranslation("admin.roles"));
        grant.setItemLabelGenerator(g -> getTranslation("role." + g.role().name()) + (g.unitCode() == null ? "" : "@" + g.unitCode()));
        who.addValueChangeListener(e -> grant.setItems(e.getValue() == null ? List.of() : e.getValue().grants()));
        Button disable = new Button(getTranslation("admin.disable"), e -> act(() -> users.updateAs(actor, chosen(who), null, null, false)));
        disable.setId("user-disable");
        disable.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Button enable = new Button(getTranslation("admin.enable"), e -> act(() -> users.updateAs(actor, chosen(who), null, null, true)));
        enable.setId("user-enable");
        Button revoke = new Button(getTranslation("admin.revoke"), e -> act(() -> {
            if (grant.getValue() == null) {
                throw Refusal.invalid("BAD_ROLE", getTranslation("admin.revoke.pick"));
            }
            users.revokeAs(actor, chosen(who), grant.getValue().role(), grant.getValue().unitId());
            who.clear();
        }));
        revoke.setId("revoke");
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR);
        HorizontalLayout form = new HorizontalLayout(who, disable, enable, grant, revoke);
        form.setAlignItems(Alignment.BASELINE);
        return form;
    }

    private String chosen(ComboBox<AccountSummary> who) {
        if (who.getValue() == null) {
            throw Refusal.invalid("BAD_USERNAME", getTranslation("admin.pick-user"));
        }
        return who.getValue().username();
    }

    private List<UnitView> unitsOfCounty() {
        List<UnitView> out = new ArrayList<>();
        if (county.getValue() != null) {
            out.add(county.getValue());
            out.addAll(units.children(county.getValue().id()));
        }
        return out;
    }

    private void deadlineSection() {
        add(new H3(getTranslation("admin.deadlines")));
        IntegerField year = new IntegerField(getTranslation("common.year"));
        year.setId("deadline-year");
        year.setMin(ReportYears.FIRST);
        year.setMax(ReportYears.LAST);
        year.setValue(java.time.LocalDate.now().getYear());
        DatePicker date = new DatePicker(getTranslation("admin.deadline"));
        date.setId("deadline-date");
        year.addValueChangeListener(e -> {
            if (county.getValue() != null && e.getValue() != null && ReportYears.valid(e.getValue())) {
                date.setValue(deadlines.deadline(county.getValue().id(), e.getValue()));
            }
        });
        if (county.getValue() != null) {
            date.setValue(deadlines.deadline(county.getValue().id(), year.getValue()));
        }
        Button save = new Button(getTranslation("common.save"), e -> act(() -> deadlines.set(actor,
                county.getValue() == null ? null : county.getValue().id(), year.getValue() == null ? 0 : year.getValue(), date.getValue())));
        save.setId("deadline-save");
        HorizontalLayout form = new HorizontalLayout(year, date, save);
        form.setAlignItems(Alignment.BASELINE);
        add(form);
    }

    private void wordsSection() {
        add(new H3(getTranslation("admin.words")));
        wordGrid.setId("words");
        wordGrid.addColumn(w -> w).setHeader(getTranslation("admin.word"));
        wordGrid.addComponentColumn(w -> {
            Button remove = new Button(getTranslation("admin.remove"), e -> act(() -> words.remove(actor, county.getValue().id(), w)));
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            return remove;
        });
        wordGrid.setAllRowsVisible(true);
        TextField word = new TextField(getTranslation("admin.word"));
        word.setId("word");
        BoundedText.apply(word, TextLimit.SENSITIVE_WORD);
        Button add = new Button(getTranslation("admin.add"), e -> act(() -> words.add(actor,
                county.getValue() == null ? null : county.getValue().id(), word.getValue())));
        add.setId("word-add");
        HorizontalLayout form = new HorizontalLayout(word, add);
        form.setAlignItems(Alignment.BASELINE);
        add(wordGrid, form);
    }

    private void act(Runnable change) {
        try {
            change.run();
            Notices.ok(getTranslation("admin.done"));
            refresh();
        } catch (Refusal e) {
            Notices.refused(e);
        }
    }

    private void refresh() {
        if (county.getValue() == null) {
            return;
        }
        if (actor.isAdmin()) {
            List<UnitView> all = new ArrayList<>();
            all.add(county.getValue());
            all.addAll(units.children(county.getValue().id()));
            unitGrid.setItems(all);
            userGrid.getDataProvider().refreshAll();
        }
        wordGrid.setItems(words.ownWords(county.getValue().id()));
    }
}
