package cn.nianbao.app.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;

import jakarta.annotation.security.PermitAll;

import cn.nianbao.app.security.CurrentActor;
import cn.nianbao.domain.report.ReportService;
import cn.nianbao.domain.report.ReportSummary;

/** 本单位报告: the reports the signed-in user may see, newest year first. */
@Route(value = "reports", layout = MainLayout.class)
@RouteAlias(value = "", layout = MainLayout.class)
@PageTitle("报告 · 年报通")
@PermitAll
public class ReportsView extends VerticalLayout {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    public ReportsView(ReportService reports, CurrentActor current) {
        add(new H2(getTranslation("reports.title")));
        Grid<ReportSummary> grid = new Grid<>();
        grid.setId("reports");
        grid.addColumn(ReportSummary::unitName).setHeader(getTranslation("reports.unit")).setFlexGrow(3);
        grid.addColumn(ReportSummary::year).setHeader(getTranslation("reports.year"));
        grid.addColumn(ReportSummary::formatId).setHeader(getTranslation("reports.format"));
        grid.addColumn(r -> getTranslation("status." + r.status().name())).setHeader(getTranslation("reports.status"));
        grid.addColumn(r -> TIME.format(r.updatedAt())).setHeader(getTranslation("reports.updated"));
        grid.setItems(reports.list(current.require(), null, null, null, 0, ReportService.MAX_PAGE));
        grid.setEmptyStateText(getTranslation("reports.empty"));
        add(grid);
        setSizeFull();
    }
}
