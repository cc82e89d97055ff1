package cn.nianbao.app.ui;

import com.vaadin.flow.component.UI;

import cn.nianbao.domain.report.ReportStatus;

/** The words for codes that people read: formats by edition (2021年版格式), statuses in Chinese. */
public final class Labels {

    private Labels() {
    }

    /** GOV_2021 → 2021年版格式; an unknown format keeps a neutral name rather than its code. */
    public static String format(String formatId) {
        String year = formatId == null ? "" : formatId.replaceAll("\\D", "");
        return UI.getCurrent().getTranslation("format.edition", year);
    }

    public static String status(ReportStatus status) {
        return UI.getCurrent().getTranslation("status." + status.name());
    }
}
