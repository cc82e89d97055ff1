package cn.nianbao.app.ui.editor;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;

import cn.nianbao.domain.format.CellDef;
import cn.nianbao.domain.format.ReportFormat;
import cn.nianbao.reports.intake.CellIntake;
import cn.nianbao.reports.intake.PastedRows;
import cn.nianbao.reports.render.Grid;
import cn.nianbao.reports.render.GridCell;

/**
 * 「粘贴表格」: rows copied in Excel or WPS are pasted into a text area (the browser keeps their tabs and line
 * breaks), and land in the table from the chosen row and column on. The cells of the editor fill; nothing is stored
 * until the clerk saves.
 */
class PasteDialog extends Dialog {

    private final TextArea text = new TextArea();
    private final Select<Integer> row = new Select<>();
    private final Select<Integer> column = new Select<>();

    PasteDialog(Grid grid, ReportFormat format, Consumer<CellIntake> fill) {
        setId("paste-dialog");
        setHeaderTitle(getTranslation("paste.title", grid.sheetName()));
        setWidth("44em");
        List<List<GridCell>> targets = PastedRows.targets(grid);
        row.setId("paste-row");
        row.setLabel(getTranslation("paste.row"));
        row.setItems(IntStream.range(0, targets.size()).boxed().toList());
        row.setItemLabelGenerator(r -> label(format, targets.get(r).get(0)).rowLabel());
        row.setValue(0);
        row.setWidth("24em");
        column.setId("paste-column");
        column.setLabel(getTranslation("paste.column"));
        column.setItemLabelGenerator(c -> label(format, targets.get(row.getValue() == null ? 0 : row.getValue()).get(c)).columnLabel());
        column.setItems(IntStream.range(0, targets.get(0).size()).boxed().toList());
        column.setValue(0);
        row.addValueChangeListener(e -> {
            int width = targets.get(e.getValue()).size();
            Integer kept = column.getValue();
            column.setItems(IntStream.range(0, width).boxed().toList());
            column.setValue(kept != null && kept < width ? kept : 0);
        });
        text.setId("paste-text");
        text.setLabel(getTranslation("paste.text"));
        text.setPlaceholder(getTranslation("paste.placeholder"));
        text.setWidthFull();
        text.setMinHeight("10em");
        add(new Paragraph(getTranslation("paste.hint")), new HorizontalLayout(row, column), text);
        Button ok = new Button(getTranslation("paste.fill"), e -> {
            CellIntake read = PastedRows.read(text.getValue(), grid, row.getValue(), column.getValue(), format);
            close();
            fill.accept(read);
        });
        ok.setId("paste-fill");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), ok);
    }

    private static CellDef label(ReportFormat format, GridCell cell) {
        return format.cell(cell.cellKey()).orElseThrow();
    }
}
