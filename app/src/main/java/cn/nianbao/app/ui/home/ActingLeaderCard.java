package cn.nianbao.app.ui.home;

import java.time.Clock;
import java.time.LocalDate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;

import cn.nianbao.app.ui.Confirm;
import cn.nianbao.app.ui.Dates;
import cn.nianbao.app.ui.Notices;
import cn.nianbao.domain.refusal.Refusal;
import cn.nianbao.domain.unit.UnitView;
import cn.nianbao.domain.user.ActingLeaders;
import cn.nianbao.domain.user.Actor;
import cn.nianbao.domain.user.UserAccount;

/**
 * A leader's 代理签发: the periods named and not over yet, each with 结束, and the form that names someone of the unit
 * to sign off in the leader's place from one day to another. The service checks everything again.
 */
final class ActingLeaderCard extends Div {

    private final UnitView unit;
    private final Actor actor;
    private final ActingLeaders acting;
    private final Clock clock;

    ActingLeaderCard(UnitView unit, Actor actor, ActingLeaders acting, Clock clock) {
        this.unit = unit;
        this.actor = actor;
        this.acting = acting;
        this.clock = clock;
        setId("acting-" + unit.code());
        addClassName("home-card");
        show();
    }

    private void show() {
        removeAll();
        add(new H3(getTranslation("acting.title", unit.shortName())), new Paragraph(getTranslation("acting.hint")));
        acting.openOf(actor).stream().filter(p -> p.unitId().equals(unit.id())).forEach(p -> {
            Paragraph line = new Paragraph(getTranslation(p.running() ? "acting.running" : "acting.coming",
                    p.actingName(), Dates.day(p.from()), Dates.day(p.to())));
            line.addClassName("acting-period");
            Button end = new Button(getTranslation("acting.end"), e -> Confirm.ask(getTranslation("acting.end"),
                    getTranslation("acting.confirmEnd", p.actingName()), getTranslation("acting.end"), true, () -> {
                        try {
                            acting.end(actor, p.id());
                            Notices.ok(getTranslation("acting.ended", p.actingName()));
                            show();
                        } catch (Refusal ex) {
                            Notices.refused(ex);
                        }
                    }));
            end.setId("acting-end-" + p.id());
            end.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            HorizontalLayout row = new HorizontalLayout(line, end);
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            add(row);
        });
        Select<UserAccount> who = new Select<>();
        who.setId("acting-person");
        who.setLabel(getTranslation("acting.person"));
        who.setItems(acting.candidates(actor, unit.id(), actor.username()));
        who.setItemLabelGenerator(UserAccount::displayName);
        who.setEmptySelectionAllowed(false);
        LocalDate today = LocalDate.now(clock.withZone(Dates.CHINA));
        DatePicker from = new DatePicker(getTranslation("acting.from"), today);
        from.setId("acting-from");
        from.setMin(today);
        DatePicker to = new DatePicker(getTranslation("acting.to"));
        to.setId("acting-to");
        to.setMin(today);
        from.addValueChangeListener(e -> to.setMin(e.getValue() == null ? today : e.getValue()));
        Button name = new Button(getTranslation("acting.name"), e -> {
            try {
                var p = acting.name(actor, unit.id(), actor.username(), who.getValue() == null ? null : who.getValue().username(),
                        from.getValue(), to.getValue());
                Notices.ok(getTranslation("acting.named", p.actingName(), Dates.day(p.from()), Dates.day(p.to())));
                show();
            } catch (Refusal ex) {
                Notices.refused(ex);
            }
        });
        name.setId("acting-name");
        name.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(who, from, to, name);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        add(form);
    }
}
