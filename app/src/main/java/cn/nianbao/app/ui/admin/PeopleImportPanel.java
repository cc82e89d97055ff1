package cn.nianbao.app.ui.admin;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.StreamResource;
import com.vaadin.flow.server.streams.UploadHandler;

import cn.nianbao.app.sheet.OnboardingSheet;
import cn.nianbao.app.ui.ChineseUpload;
import cn.nianbao.app.ui.Notices;
import cn.nianbao.domain.onboarding.ImportOutcome;
import cn.nianbao.domain.onboarding.ImportProblem;
import cn.nianbao.domain.onboarding.IssuedPassword;
import cn.nianbao.domain.onboarding.PeopleImport;
import cn.nianbao.domain.onboarding.PeopleImportOutcome;
import cn.nianbao.domain.onboarding.PersonRow;
import cn.nianbao.domain.refusal.Refusal;
import cn.nianbao.domain.user.Actor;

/**
 * 批量导入人员: the administrator uploads a people sheet, sees the dry run's problems by row and column, imports a
 * clean sheet, and downloads the new people's one-time passwords once as CSV. The passwords live only in this
 * screen's memory until that download (or until the screen is left), never in the database or a file on the server.
 */
class PeopleImportPanel extends VerticalLayout {

    static final int MAX_BYTES = 20 * 1024 * 1024;

    /** The header the import reads, with an example row of each kind of person: what an administrator fills in. */
    static final String TEMPLATE = "\uFEFF" + String.join(",", OnboardingSheet.PEOPLE_COLUMNS) + "\r\n"
            + "lanxi-lanhe.clerk,兰河乡党政办起草人,clerk@lanhe.example,lanxi-lanhe,CLERK\r\n"
            + "lanxi-lanhe.leader,兰河乡分管领导,,lanxi-lanhe,SECRECY_REVIEWER|LEADER\r\n"
            + "lanxi.office,兰西县政府办公室,,lanxi,COUNTY_OFFICE\r\n";

    private final PeopleImport importer;
    private final Actor actor;
    private final Grid<ImportProblem> problems = new Grid<>();
    private final Span summary = new Span();
    private final Button importButton = new Button();
    private final VerticalLayout passwordsBox = new VerticalLayout();
    private final AtomicReference<byte[]> passwordsCsv = new AtomicReference<>();
    private String fileName;
    private byte[] sheet;

    PeopleImportPanel(PeopleImport importer, Actor actor) {
        this.importer = importer;
        this.actor = actor;
        setPadding(false);
        add(new H3(getTranslation("people.title")));
        add(new Paragraph(getTranslation("people.help")));
        Anchor template = new Anchor(new StreamResource("people-template.csv",
                () -> new ByteArrayInputStream(TEMPLATE.getBytes(StandardCharsets.UTF_8))), getTranslation("people.template"));
        template.setId("people-template");
        template.getElement().setAttribute("download", true);
        add(template);
        Upload upload = new Upload(UploadHandler.inMemory((meta, data) -> received(meta.fileName(), data)));
        upload.setId("people-upload");
        upload.setAcceptedFileTypes(".csv", ".xlsx", "text/csv",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        upload.setMaxFileSize(MAX_BYTES);
        upload.setMaxFiles(1);
        ChineseUpload.apply(upload, "people.choose", "people.drop", "people.tooBig", "people.type");
        summary.setId("people-summary");
        problems.setId("people-problems");
        problems.addColumn(ImportProblem::row).setHeader(getTranslation("people.row")).setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(p -> columnLabel(p.column())).setHeader(getTranslation("people.column")).setAutoWidth(true)
                .setFlexGrow(0);
        problems.addColumn(ImportProblem::message).setHeader(getTranslation("people.problem")).setFlexGrow(1);
        problems.setHeight("18em");
        problems.setVisible(false);
        importButton.setText(getTranslation("people.import"));
        importButton.setId("people-import");
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.setEnabled(false);
        importButton.addClickListener(e -> importSheet());
        passwordsBox.setId("people-passwords");
        passwordsBox.setPadding(false);
        add(upload, summary, problems, importButton, passwordsBox);
        // leaving the screen forgets passwords not yet downloaded: nothing keeps them afterwards
        addDetachListener(e -> {
            passwordsCsv.set(null);
            e.getUI().setPollInterval(-1);
        });
    }

    /** A file arrived: the whole sheet is checked at once (a dry run) and nothing is imported yet. */
    void received(String name, byte[] data) {
        fileName = name;
        sheet = data;
        passwordsBox.removeAll();
        passwordsCsv.set(null);
        importButton.setEnabled(false);
        OnboardingSheet.Read<PersonRow> read = OnboardingSheet.people(data, name);
        try {
            ImportOutcome outcome = read.problems().isEmpty() ? importer.dryRun(actor, read.rows())
                    : new ImportOutcome(false, read.rows().size(), read.problems(), 0, 0, 0);
            show(outcome, false);
            importButton.setEnabled(outcome.ok() && outcome.created() + outcome.updated() > 0);
        } catch (Refusal e) {
            failed(e.getMessage());
        }
    }

    private void importSheet() {
        importButton.setEnabled(false);
        OnboardingSheet.Read<PersonRow> read = OnboardingSheet.people(sheet, fileName);
        PeopleImportOutcome outcome;
        try {
            if (!read.problems().isEmpty()) {
                show(new ImportOutcome(false, read.rows().size(), read.problems(), 0, 0, 0), false);
                return;
            }
            outcome = importer.apply(actor, read.rows());
        } catch (Refusal e) {
            failed(e.getMessage());
            return;
        } catch (RuntimeException e) {
            // the import is one transaction: whatever went wrong, nothing of the sheet was written
            failed(getTranslation("people.failed"));
            return;
        }
        show(outcome.counts(), true);
        if (outcome.counts().ok() && !outcome.passwords().isEmpty()) {
            offerPasswords(outcome.passwords(), read.rows());
        }
    }

    private void show(ImportOutcome outcome, boolean imported) {
        problems.setItems(outcome.problems());
        problems.setVisible(!outcome.problems().isEmpty());
        summary.getElement().getThemeList().clear();
        if (!outcome.ok()) {
            summary.setText(getTranslation("people.problems", outcome.rows(), outcome.problems().size()));
            summary.getElement().getThemeList().add("badge error");
            if (imported) {
                Notices.refused(getTranslation("people.notImported", outcome.problems().size()));
            }
            return;
        }
        summary.setText(getTranslation(imported ? "people.imported" : "people.clean", outcome.rows(), outcome.created(),
                outcome.updated(), outcome.unchanged()));
        summary.getElement().getThemeList().add(imported ? "badge success" : "badge");
        if (imported) {
            Notices.ok(getTranslation("people.importedShort", outcome.created(), outcome.updated()));
        }
    }

    private void failed(String message) {
        summary.setText(message);
        summary.getElement().getThemeList().clear();
        summary.getElement().getThemeList().add("badge error");
        Notices.refused(message);
    }

    /** One download, then the bytes are gone and the link with them. */
    private void offerPasswords(List<IssuedPassword> issued, List<PersonRow> rows) {
        Map<String, PersonRow> byName = new HashMap<>();
        rows.forEach(r -> byName.put(r.username() == null ? "" : r.username().strip(), r));
        StringBuilder csv = new StringBuilder("\uFEFFusername,display_name,unit_code,password\r\n");
        for (IssuedPassword p : issued) {
            PersonRow r = byName.get(p.username());
            csv.append(cell(p.username())).append(',').append(cell(r == null ? "" : r.displayName().strip())).append(',')
                    .append(cell(r == null ? "" : r.unitCode().strip())).append(',').append(cell(p.password())).append("\r\n");
        }
        passwordsCsv.set(csv.toString().getBytes(StandardCharsets.UTF_8));
        var ui = getUI().orElse(null);
        Anchor download = new Anchor(new StreamResource("one-time-passwords.csv", () -> {
            byte[] bytes = passwordsCsv.getAndSet(null);
            if (ui != null) {
                ui.access(this::passwordsTaken);
            }
            return new ByteArrayInputStream(bytes == null ? new byte[0] : bytes);
        }), getTranslation("people.download", issued.size()));
        download.setId("people-passwords-download");
        download.getElement().setAttribute("download", true);
        passwordsBox.removeAll();
        passwordsBox.add(new Paragraph(getTranslation("people.downloadOnce")), download);
        // the download is a request of its own; polling brings the screen up to date with it (no push here)
        if (ui != null) {
            ui.setPollInterval(3000);
        }
    }

    private void passwordsTaken() {
        getUI().ifPresent(ui -> ui.setPollInterval(-1));
        passwordsBox.removeAll();
        Paragraph gone = new Paragraph(getTranslation("people.downloaded"));
        gone.setId("people-passwords-gone");
        passwordsBox.add(gone);
    }

    private String columnLabel(String column) {
        return column == null || column.isEmpty() ? "" : getTranslation("people.col." + column);
    }

    /** A CSV field, quoted when it holds a comma, a quote or a line break. */
    private static String cell(String v) {
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
