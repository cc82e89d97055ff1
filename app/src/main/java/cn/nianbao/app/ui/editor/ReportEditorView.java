package cn.nianbao.app.ui.editor;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import java.time.Clock;
import java.util.stream.Stream;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.receivers.MemoryBuffer;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;
import com.vaadin.flow.server.StreamRegistration;
import com.vaadin.flow.server.StreamResourceRegistry;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.dom.DomListenerRegistration;
import com.vaadin.flow.dom.Element;
import elemental.json.Json;
import elemental.json.JsonArray;
import elemental.json.JsonObject;

import jakarta.annotation.security.PermitAll;

import cn.nianbao.app.security.CurrentActor;
import cn.nianbao.app.ui.MainLayout;
import cn.nianbao.app.ui.Dates;
import cn.nianbao.app.ui.Labels;
import cn.nianbao.app.ui.BoundedText;
import cn.nianbao.app.ui.ChineseUpload;
import cn.nianbao.app.ui.Notices;
import cn.nianbao.domain.content.ComputedTotals;
import cn.nianbao.domain.content.ReportContent;
import cn.nianbao.app.ui.PersonNames;
import cn.nianbao.app.ui.ReturnReasons;
import cn.nianbao.domain.input.CellBounds;
import cn.nianbao.domain.input.TextLimit;
import cn.nianbao.domain.report.SameContent;
import cn.nianbao.domain.format.CellDef;
import cn.nianbao.domain.format.ReportFormat;
import cn.nianbao.domain.format.ReportFormats;
import cn.nianbao.domain.format.SectionDef;
import cn.nianbao.domain.interchange.ReportJsonCodec;
import cn.nianbao.domain.interchange.ReportJsonException;
import cn.nianbao.domain.refusal.Refusal;
import cn.nianbao.domain.report.ReportDrafting;
import cn.nianbao.domain.report.ReportReading;
import cn.nianbao.domain.report.ReportReview;
import cn.nianbao.domain.report.Decision;
import cn.nianbao.domain.report.ReviewStage;
import cn.nianbao.domain.report.SecrecyChoice;
import cn.nianbao.domain.report.SecrecyRecord;
import cn.nianbao.domain.rule.FindingMask;
import cn.nianbao.domain.report.ReportView;
import cn.nianbao.domain.rule.Finding;
import cn.nianbao.domain.rule.Severity;
import cn.nianbao.domain.rule.ValidationContext;
import cn.nianbao.domain.rule.ValidationResult;
import cn.nianbao.domain.user.Actor;
import cn.nianbao.domain.user.Role;
import cn.nianbao.domain.format.CellInput;
import cn.nianbao.domain.format.SectionKind;
import cn.nianbao.reports.intake.CellIntake;
import cn.nianbao.reports.intake.WorkbookIntake;
import cn.nianbao.reports.render.Grid;
import cn.nianbao.reports.render.GridCell;
import cn.nianbao.reports.render.HtmlWriter;
import cn.nianbao.reports.render.LaidOutReport;
import cn.nianbao.reports.render.OfficialLayout;
import cn.nianbao.reports.render.ReportMeta;
import cn.nianbao.reports.render.ReportSection;
import cn.nianbao.reports.render.XlsxWriter;
import cn.nianbao.workflow.ReportApprovalWorkflow;

/** The clerk's editor, in the official layout of the report's format. */
@Route(value = "reports/:id/edit", layout = MainLayout.class)
@PageTitle("编辑报告 · 年报通")
@PermitAll
public class ReportEditorView extends VerticalLayout implements BeforeEnterObserver, BeforeLeaveObserver {

    /** A number cell or a section's text: the element whose change or typing comes to the server. */
    static final String FIELD = "event.target.closest('input.cell, vaadin-text-area')";
    /** Which field: a cell's key, or a text area's id (EditorForm.textId). */
    static final String FIELD_ID = FIELD + ".id";
    /** What the field holds. */
    static final String FIELD_VALUE = FIELD + ".value";
    /** Typing or leaving in one of the sections' text areas. */
    static final String TEXT_FILTER = "event.target.closest('vaadin-text-area." + EditorForm.TEXT_CLASS + "') !== null";
    /** A number cell left with a text in it (not a computed one's, nor any other input's), or a section's text left. */
    static final String CHANGE_FILTER = "(" + OfficialTable.CHANGE_FILTER + ") || " + TEXT_FILTER;
    /** As a text field's LAZY mode: a text goes to the server this long after the last keystroke. */
    static final int TEXT_PAUSE_MILLIS = 400;
    /** Only a click on one of the editor's HTML buttons (the toolbar's, the tables') comes to the server. */
    static final String CLICK_FILTER = "event.target.closest('.editor-tools vaadin-button, .fill-zero-bar vaadin-button') !== null";
    /** Which button was clicked. */
    static final String CLICKED = "event.target.closest('vaadin-button').id";
    /** Autosave after this long without typing. */
    static final int AUTOSAVE_MILLIS = 30_000;
    /** A report JSON or workbook is some tens of kilobytes; this leaves room for one saved with pictures. */
    private static final int MAX_IMPORT_BYTES = 5 * 1024 * 1024;

    private final ReportDrafting drafting;

    private final ReportReading reading;
    private final ReportReview review;
    private final ReportApprovalWorkflow workflow;
    private final ReportFormats formats;
    private final ReportJsonCodec codec;
    private final OfficialLayout layout;
    private final HtmlWriter html;
    private final XlsxWriter xlsx;
    private final WorkbookIntake workbooks;
    private final Actor actor;

    private Long id;
    private Optional<ReturnReasons> reasons = Optional.empty();
    private long version;
    /** The working copy (EditorCopy: its numbers in an array, not a map). */
    private EditorCopy working;
    private ReportFormat format;
    private Set<String> computed = Set.of();
    private boolean refreshing;
    /** The format's number cells, computed totals and tables, shared by every editor of the format. */
    private EditorShape shape;
    /**
     * The number cells on the page (the shape's); their values are the working copy's, kept nowhere else
     * (OfficialTable).
     */
    private Set<String> cells = Set.of();
    /** The toolbar, whose findings' toggle says what it does next. */
    private EditorToolbar toolbar;
    /** Cells whose typed text was refused: what stands in the cell and why (the working copy keeps the old value). */
    private final Map<String, Refused> refused = new LinkedHashMap<>();
    /** The cells the findings point at, with their mark (cell-flagged, cell-warned). */
    private Map<String, String> marks = Map.of();
    /** What the browser's cells are told in the next answer: new values, refusals (null: cleared), the marks. */
    private Map<String, String> pendingValues = new LinkedHashMap<>();
    private final Map<String, String> pendingRefused = new LinkedHashMap<>();
    private boolean pendingMarks;
    /** The sections whose text the form shows (their text areas are the form's HTML; the texts the working copy's). */
    private List<String> texts = List.of();
    /** The texts the browser is told about in the next answer: true with the text itself, false the counter alone. */
    private final Map<String, Boolean> pendingTexts = new LinkedHashMap<>();
    private final FindingsPanel findings = new FindingsPanel(this::jump, this::mask);
    /** What the open 保密审查 return asked to change (退回修改), or nothing. */
    private List<SecrecyRecord.Clearance> wantedChanges = List.of();
    private ValidationResult lastResult;
    /** What the findings need besides the content, looked up when the editor opens: a keystroke queries nothing. */
    private ValidationContext checks;
    /** What is stored: the editor is dirty while its content says something else. */
    private EditorCopy saved;
    private boolean leaveGuardOn;
    private final Span autosaved = new Span();
    /** The toolbar's downloads, and their registrations with the session's resources while the editor is attached. */
    private final List<StreamResource> files = new ArrayList<>();
    private final List<StreamRegistration> registered = new ArrayList<>();
    private final PersonNames names;
    private final Clock clock;

    public ReportEditorView(ReportDrafting drafting, ReportReading reading, ReportReview review,
                            ReportApprovalWorkflow workflow, ReportFormats formats,
                            ReportJsonCodec codec, OfficialLayout layout, HtmlWriter html, XlsxWriter xlsx,
                            WorkbookIntake workbooks, PersonNames names, Clock clock, CurrentActor current) {
        this.review = review;
        this.xlsx = xlsx;
        this.workbooks = workbooks;
        this.names = names;
        this.clock = clock;
        this.drafting = drafting;
        this.reading = reading;
        this.workflow = workflow;
        this.formats = formats;
        this.codec = codec;
        this.layout = layout;
        this.html = html;
        this.actor = current.require();
        setWidthFull();
        listen();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        unregisterFiles();
        files.clear();
        cells = Set.of();
        refused.clear();
        marks = Map.of();
        texts = List.of();
        pendingTexts.clear();
        ReportView report;
        try {
            id = Long.valueOf(event.getRouteParameters().get("id").orElse(""));
            report = reading.get(actor, id);
        } catch (NumberFormatException | Refusal e) {
            add(new H2(getTranslation("common.notFound")));
            return;
        }
        if (!actor.has(Role.CLERK, report.summary().unitId()) || !report.status().editable()) {
            event.forwardTo("reports/" + id);
            return;
        }
        version = report.version();
        format = formats.get(report.content().formatId());
        shape = EditorShape.of(format, layout.layOut(report.content(), meta(report.content())));
        working = EditorCopy.of(shape, report.content());
        cells = shape.cells();
        computed = shape.computed();
        checks = drafting.validationContext(actor, id);
        build(report);
        revalidate();
        saved = working;
        installAutosave();
    }

    // ------------------------------------------------------------------ no lost input

    /** Unsaved changes: leaving inside the app asks first (save, discard, or stay). */
    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (!dirty()) {
            return;
        }
        BeforeLeaveEvent.ContinueNavigationAction go = event.postpone();
        Dialog ask = new Dialog();
        ask.setId("leave-dialog");
        ask.setHeaderTitle(getTranslation("leave.title"));
        ask.add(new Paragraph(getTranslation("leave.text")));
        Button stay = new Button(getTranslation("leave.stay"), e -> ask.close());
        stay.setId("leave-stay");
        Button discard = new Button(getTranslation("leave.discard"), e -> {
            ask.close();
            setLeaveGuard(false);
            go.proceed();
        });
        discard.setId("leave-discard");
        discard.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Button save = new Button(getTranslation("leave.save"), e -> {
            ask.close();
            if (trySave()) {
                go.proceed();
            }
        });
        save.setId("leave-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ask.getFooter().add(stay, discard, save);
        ask.open();
    }

    /** Whether the editor holds changes that are not stored. */
    boolean dirty() {
        return saved != null && working != null && saved != working && !SameContent.of(saved.content(), working.content());
    }

    /**
     * The browser's own question for a reload, a closed tab or Back out of the app: a beforeunload handler, set
     * only while something is unsaved (a handler always set would ask for nothing).
     */
    private void changed() {
        setLeaveGuard(dirty());
        if (dirty()) {
            autosaved.setText("");
        }
    }

    private void setLeaveGuard(boolean on) {
        if (on == leaveGuardOn) {
            return;
        }
        leaveGuardOn = on;
        getElement().executeJs("window.onbeforeunload = $0 ? (e => { e.preventDefault(); e.returnValue = ''; return ''; }) : null;", on);
    }

    /** Typing restarts a timer in the browser; 30 s of quiet, and it asks the server to save the draft. */
    private void installAutosave() {
        getElement().executeJs("""
                const root = this;
                if (root.__autosave) { return; }
                root.__autosave = true;
                root.addEventListener('input', () => {
                  clearTimeout(root.__autosaveTimer);
                  root.__autosaveTimer = setTimeout(() => {
                    const a = document.activeElement;
                    // a number being typed is sent before the save, as if the clerk had left the cell
                    if (a && a.tagName === 'INPUT' && root.contains(a)) { a.dispatchEvent(new Event('change', { bubbles: true })); }
                    root.$server.autosave();
                  }, $0);
                });
                """, AUTOSAVE_MILLIS);
    }

    /**
     * The browser has the form: it is sent the report's figures and texts (what the first answer does not carry, so
     * that it stays small: Flow keeps each page's last answer for a resend, and an editor opened and left alone kept
     * its first one, some 40 KB). The figures go as one array in the order of the form's number cells (the format's
     * reading order, EditorShape), and fill only what is still blank: the clerk may have typed meanwhile.
     */
    @ClientCallable
    public void formReady() {
        if (shape == null) {
            return;
        }
        JsonArray values = Json.createArray();
        for (String k : cells) {
            values.set(values.length(), cellText(k));
        }
        JsonObject textStates = Json.createObject();
        texts.forEach(k -> textStates.put(EditorForm.textId(k), textState(k, true)));
        getElement().executeJs(EditorForm.WHEN_READY + """
                ready(() => {
                  const inputs = form.querySelectorAll('input.cell');
                  if (inputs.length === $0.length) {
                    $0.forEach((v, i) => { if (v !== '' && inputs[i].value === '') { inputs[i].value = v; } });
                  }
                  for (const [id, t] of Object.entries($1)) {
                    const a = document.getElementById(id);
                    if (!a) { continue; }
                    if (a.value === '') { a.value = t.value; }
                    a.helperText = t.counter;
                  }
                });
                """, values, textStates);
    }

    /** The autosave: quiet, and only when something changed (an unchanged save would make no version anyway). */
    @ClientCallable
    public void autosave() {
        if (!dirty()) {
            return;
        }
        try {
            ReportView stored = drafting.update(actor, id, version, working.content());
            version = stored.version();
            saved = working;
            changed();
            autosaved.setText(getTranslation("editor.autosaved", Dates.clock(clock.instant())));
        } catch (Refusal e) {
            autosaved.setText(getTranslation("editor.autosaveFailed"));
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        if (registered.isEmpty()) {
            files.forEach(f -> registered.add(attachEvent.getSession().getResourceRegistry().registerResource(f)));
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        unregisterFiles();
        // leaving the editor leaves no mark for the next page's printing
        detachEvent.getUI().getPage().executeJs("document.documentElement.classList.remove('printing-preview');");
        // leaving the editor (saved or discarded) leaves no question behind for the next page
        if (leaveGuardOn) {
            detachEvent.getUI().getPage().executeJs("window.onbeforeunload = null;");
            leaveGuardOn = false;
        }
        super.onDetach(detachEvent);
    }

    private void build(ReportView report) {
        H2 title = new H2(getTranslation("editor.title", OfficialLayout.title(report.summary().unitName(), report.summary().year()),
                Labels.format(format.id()), Labels.status(report.status())));
        add(title, toolbar());
        reasons = ReturnReasons.open(reading.history(actor, id), format.sections());
        // a return of 保密审查 comes with its record: the conclusion and the findings to remove or mask
        Optional<SecrecyRecord> secrecy = reasons.filter(r -> ReviewStage.SECRECY_REVIEW.name().equals(r.stage()))
                .flatMap(r -> review.secrecyRecord(actor, id)).filter(rec -> rec.decision() == Decision.RETURN);
        wantedChanges = secrecy.map(SecrecyRecord::clearances).orElse(List.of());
        reasons.ifPresent(r -> add(returnPanel(r, secrecy.map(SecrecyRecord::conclusion).orElse(null))));
        // the form's HTML is the format's, shared by every editor (fetched by the browser); this report's reasons
        // of a return come with the first answer, its figures and texts once the form is in (formReady)
        LaidOutReport blank = layout.layOut(working.head(), meta());
        EditorForms.Form shared = EditorForms.of(format, getLocale(), () -> formHtml(blank));
        JsonObject reasonsHtml = Json.createObject();
        List<String> shown = new ArrayList<>();
        for (ReportSection section : blank.sections()) {
            SectionDef def = format.section(section.key());
            shown.add(def.key());
            List<String> lines = sectionReasons(def);
            if (!lines.isEmpty()) {
                reasonsHtml.put(EditorForm.textId(def.key()), EditorForm.reasons(def.key(), lines));
            }
        }
        texts = List.copyOf(shown);
        EditorForm form = new EditorForm(EditorForms.PATH + shared.name(), reasonsHtml, getTranslation("editor.formFailed"),
                getElement());
        Div body = new Div(form, findings);
        body.addClassName("editor-body");
        findings.setWidth("22em");
        // the findings stay in view while the clerk scrolls through the tables
        findings.getStyle().set("flex-shrink", "0").set("position", "sticky").set("top", "0")
                .set("max-height", "calc(100vh - 5em)").set("overflow-y", "auto");
        add(body);
    }

    /** The form's HTML for every report of the format (EditorForms): headings, text areas, tables, no figures. */
    private String formHtml(LaidOutReport blank) {
        StringBuilder html = new StringBuilder(131_072);
        OfficialTable.Buttons buttons = new OfficialTable.Buttons(getTranslation("editor.fillZero"), getTranslation("editor.paste"));
        for (ReportSection section : blank.sections()) {
            SectionDef def = format.section(section.key());
            boolean prose = def.kind() == SectionKind.TEXT;
            EditorForm.section(html, def.key(), def.title(), prose ? null : getTranslation("editor.text"), prose,
                    TextLimit.SECTION_TEXT);
            for (Grid g : section.tables()) {
                OfficialTable.append(html, g, buttons, this::cellField);
            }
        }
        return html.toString();
    }

    /** What the browser's text area of the section is told: its counter, and its text when {@code withText}. */
    private JsonObject textState(String section, boolean withText) {
        String text = working.text(section);
        JsonObject t = Json.createObject();
        t.put("counter", BoundedText.counter(text, TextLimit.SECTION_TEXT));
        if (withText) {
            t.put("value", text);
        }
        return t;
    }

    private EditorToolbar toolbar() {
        String exportName = working.unit().code() + "-" + working.year() + ".json";
        String templateName = working.unit().code() + "-" + working.year() + "-template.xlsx";
        List<EditorToolbar.Download> downloads = List.of(
                download("export", new StreamResource(exportName, () -> new ByteArrayInputStream(
                        codec.write(working.content()).getBytes(StandardCharsets.UTF_8))), getTranslation("editor.export")),
                download("template", new StreamResource(templateName, () -> new ByteArrayInputStream(
                        xlsx.write(layout.layOut(blankFigures(), meta())))), getTranslation("editor.template")));
        autosaved.setId("autosaved");
        autosaved.addClassName("autosaved");
        toolbar = new EditorToolbar(List.of(
                new EditorToolbar.Label(getTranslation("editor.save"), "primary"),
                new EditorToolbar.Label(getTranslation("editor.submit"), "success"),
                new EditorToolbar.Label(getTranslation("editor.prefill"), ""),
                new EditorToolbar.Label(getTranslation("editor.preview"), ""),
                new EditorToolbar.Label(getTranslation("editor.import"), ""),
                new EditorToolbar.Label(getTranslation(findings.isVisible() ? "editor.hideFindings" : "editor.showFindings"), "tertiary")),
                downloads, autosaved);
        return toolbar;
    }

    /**
     * A file the toolbar links to, made when it is asked for: registered with the session's resources while the
     * editor is attached and shows this report, as an Anchor component registers its resource (and holds a
     * component, its element and listeners besides).
     */
    private EditorToolbar.Download download(String linkId, StreamResource file, String text) {
        files.add(file);
        if (isAttached()) {
            registered.add(VaadinSession.getCurrent().getResourceRegistry().registerResource(file));
        }
        return new EditorToolbar.Download(linkId, StreamResourceRegistry.getURI(file).toASCIIString(), file.getName(), text);
    }

    /** The toolbar's files are let go (the editor left), but kept to be registered again if it comes back. */
    private void unregisterFiles() {
        registered.forEach(StreamRegistration::unregister);
        registered.clear();
    }

    /** A click on one of the editor's HTML buttons: the toolbar's or a table's (by the button's id). */
    private void clicked(String id) {
        switch (id) {
            case EditorToolbar.SAVE -> save();
            case EditorToolbar.SUBMIT -> submit();
            case EditorToolbar.PREFILL -> prefill();
            case EditorToolbar.PREVIEW -> preview();
            case EditorToolbar.IMPORT -> openImport();
            case EditorToolbar.TOGGLE_FINDINGS -> {
                // on a narrow screen the tables need the room: the findings fold away and come back on demand
                findings.setVisible(!findings.isVisible());
                toolbar.toggleText(getTranslation(findings.isVisible() ? "editor.hideFindings" : "editor.showFindings"));
            }
            default -> {
                for (String gridKey : shape.tables().keySet()) {
                    if (OfficialTable.fillId(gridKey).equals(id)) {
                        fillZero(gridKey);
                    } else if (OfficialTable.pasteId(gridKey).equals(id)) {
                        paste(gridKey);
                    }
                }
            }
        }
    }

    /**
     * 导入: the upload is made when it is chosen, in a dialog, and goes with it (an upload in every open editor
     * held about 10 KB, most never used). A file taken in closes the dialog; one that was not stays out of its list.
     */
    private void openImport() {
        Dialog d = new Dialog();
        d.setId("import-dialog");
        d.setHeaderTitle(getTranslation("editor.import"));
        MemoryBuffer buffer = new MemoryBuffer();
        Upload upload = new Upload(buffer);
        upload.setId("import-file");
        upload.setAcceptedFileTypes("application/json", ".json", ".xlsx", ".xls",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/vnd.ms-excel");
        upload.setMaxFileSize(MAX_IMPORT_BYTES);
        upload.setDropAllowed(false);
        upload.setUploadButton(new Button(getTranslation("editor.import")));
        ChineseUpload.apply(upload);
        upload.addSucceededListener(e -> {
            boolean taken;
            try {
                taken = importFile(buffer.getInputStream().readAllBytes());
            } catch (IOException ex) {
                Notices.refused(getTranslation("editor.importFailed", ex.getMessage()));
                taken = false;
            }
            if (taken) {
                d.close();
            } else {
                // a file that was not taken in must not stand in the list with a green tick
                upload.clearFileList();
            }
        });
        d.add(upload);
        Button close = new Button(getTranslation("common.close"), e -> d.close());
        close.setId("import-close");
        d.getFooter().add(close);
        d.open();
    }

    /** A number cell's accessible name and hint, and whether it is computed; only the table's HTML holds them. */
    private OfficialTable.NumberCell cellField(GridCell cell) {
        CellDef def = format.cell(cell.cellKey()).orElseThrow();
        boolean isComputed = computed.contains(def.key());
        return new OfficialTable.NumberCell(def.rowLabel() + " " + def.columnLabel(), isComputed
                ? getTranslation("editor.computed")
                : getTranslation("editor.accepts", getTranslation("editor.type." + def.type().name())), isComputed,
                def.type() == cn.nianbao.domain.format.CellType.DECIMAL);
    }

    /** A number cell (by its key) or a section's text (by its text area's id) holds this text now. */
    private void fieldChanged(String id, String typed) {
        if (shape == null || id == null) {
            return;
        }
        String section = EditorForm.sectionOf(id);
        if (section != null) {
            textTyped(section, typed == null ? "" : typed);
        } else {
            cellTyped(id, typed);
        }
    }

    /** A section's text as it stands in the browser: the working copy takes it, the findings follow. */
    private void textTyped(String section, String text) {
        if (!texts.contains(section) || text.equals(working.text(section))) {
            return;
        }
        working = working.withText(section, text);
        pendingTexts.put(section, pendingTexts.getOrDefault(section, false));
        revalidate();
        changed();
    }

    /** The tables' change listener: a number cell was left with this text in it. */
    private void cellTyped(String key, String typed) {
        if (refreshing || !cells.contains(key) || computed.contains(key)) {
            return;
        }
        cellChanged(format.cell(key).orElseThrow(), typed == null ? "" : typed);
    }

    /** What a refused cell shows and why. */
    private record Refused(String typed, String message) {
    }

    /**
     * A typed number: full-width digits (as a Chinese input method types them) become ordinary ones; anything
     * else that is not a number of the cell's kind is refused with what the cell takes, and the old value stays.
     */
    private void cellChanged(CellDef def, String typed) {
        String key = def.key();
        CellInput.Reading reading = CellInput.read(typed, def.type());
        if (!reading.plain().equals(typed)) {
            pendingValues.put(key, reading.plain());
        }
        if (!reading.accepted()) {
            refuse(key, reading.plain(), getTranslation("editor.notANumber", reading.plain(),
                    getTranslation("editor.type." + def.type().name())));
            return;
        }
        BigDecimal value = reading.value();
        // a number the database would round or overflow (0.00004 in a count, 10^13) stays out of the report
        if (value != null && !CellBounds.storable(value)) {
            refuse(key, reading.plain(), CellBounds.message(value, def.rowLabel() + " / " + def.columnLabel(), def.key()));
            return;
        }
        if (refused.remove(key) != null) {
            pendingRefused.put(key, null);
        }
        working = working.withCell(key, value);
        revalidate();
        changed();
    }

    private void refuse(String key, String typed, String message) {
        refused.put(key, new Refused(typed, message));
        pendingRefused.put(key, message);
        Notices.refused(message);
        push();
    }

    /**
     * Sends what changed in the cells since the last answer in one call: values (the computed totals, figures
     * taken in), refusals set or cleared, and the findings' marks when they moved.
     */
    private void push() {
        if (pendingValues.isEmpty() && pendingRefused.isEmpty() && !pendingMarks && pendingTexts.isEmpty()) {
            return;
        }
        JsonObject textStates = Json.createObject();
        pendingTexts.forEach((k, withText) -> textStates.put(EditorForm.textId(k), textState(k, withText)));
        JsonObject values = Json.createObject();
        pendingValues.forEach(values::put);
        JsonObject wrong = Json.createObject();
        pendingRefused.forEach((k, m) -> {
            if (m == null) {
                wrong.put(k, Json.createNull());
            } else {
                wrong.put(k, m);
            }
        });
        JsonObject marked = null;
        if (pendingMarks) {
            marked = Json.createObject();
            for (Map.Entry<String, String> m : marks.entrySet()) {
                marked.put(m.getKey(), m.getValue());
            }
        }
        getElement().executeJs(EditorForm.WHEN_READY + """
                ready(() => {
                const cell = id => document.getElementById(id);
                for (const [id, v] of Object.entries($0)) { const i = cell(id); if (i && i.value !== v) { i.value = v; } }
                for (const [id, m] of Object.entries($1)) {
                  const i = cell(id);
                  if (!i) { continue; }
                  i.classList.toggle('cell-invalid', m !== null);
                  if (m !== null) { i.setAttribute('aria-invalid', 'true'); i.title = m; }
                  else { i.removeAttribute('aria-invalid'); i.title = i.dataset.hint || ''; }
                }
                if ($2) {
                  this.querySelectorAll('input.cell-flagged, input.cell-warned').forEach(i => i.classList.remove('cell-flagged', 'cell-warned'));
                  for (const [id, c] of Object.entries($2)) { const i = cell(id); if (i) { i.classList.add(c); } }
                }
                """ + EditorForm.textsJs(3) + "});", values, wrong, marked == null ? Json.createNull() : marked, textStates);
        // anew rather than cleared: a map keeps the table it grew to, and the first answer sends every figure
        pendingValues = new LinkedHashMap<>();
        pendingTexts.clear();
        pendingRefused.clear();
        pendingMarks = false;
    }

    /**
     * The editor's three listeners, on the view itself: a number cell or a section's text was left with a text in
     * it, a section's text was typed in (after a pause), or one of its HTML buttons (the toolbar's, a table's) was
     * clicked. Added once with the view: it may be entered again. A text is heard on both: typing alone would lose
     * the last keystrokes of a text left for another within the pause (the browser keeps one pending event per
     * listener, the other text's), and leaving alone would check nothing while the clerk types.
     */
    private void listen() {
        Element root = getElement();
        DomListenerRegistration change = root.addEventListener("change", e -> fieldChanged(
                e.getEventData().getString(FIELD_ID), e.getEventData().getString(FIELD_VALUE)));
        change.addEventData(FIELD_ID).addEventData(FIELD_VALUE);
        change.setFilter(CHANGE_FILTER);
        DomListenerRegistration typing = root.addEventListener("input", e -> fieldChanged(
                e.getEventData().getString(FIELD_ID), e.getEventData().getString(FIELD_VALUE)));
        typing.addEventData(FIELD_ID).addEventData(FIELD_VALUE);
        typing.setFilter(TEXT_FILTER);
        typing.debounce(TEXT_PAUSE_MILLIS);
        DomListenerRegistration click = root.addEventListener("click", e -> {
            if (shape != null) {
                clicked(e.getEventData().getString(CLICKED));
            }
        });
        click.addEventData(CLICKED);
        click.setFilter(CLICK_FILTER);
    }

    /** The element the editor's listeners are on (for tests, which send the browser's events there). */
    Element cellEvents() {
        return getElement();
    }

    private void fillZero(String gridKey) {
        int n = 0;
        for (String key : shape.table(gridKey)) {
            if (cells.contains(key) && !computed.contains(key) && working.cell(key) == null) {
                working = working.withCell(key, BigDecimal.ZERO);
                n++;
            }
        }
        showContent();
        Notices.ok(getTranslation("editor.filledZero", n));
    }

    private void paste(String gridKey) {
        layout.layOut(working.content(), meta()).sections().stream().flatMap(s -> s.tables().stream())
                .filter(g -> g.key().equals(gridKey)).findFirst()
                .ifPresent(g -> new PasteDialog(g, format, this::takeIn).open());
    }

    // ------------------------------------------------------------------ figures from a spreadsheet

    /** A report JSON or a workbook (told apart by their first bytes, whatever the file is called); answers whether it was taken in. */
    boolean importFile(byte[] bytes) {
        boolean zip = bytes.length >= 2 && bytes[0] == 'P' && bytes[1] == 'K';
        boolean ole = bytes.length >= 4 && (bytes[0] & 0xff) == 0xD0 && (bytes[1] & 0xff) == 0xCF
                && (bytes[2] & 0xff) == 0x11 && (bytes[3] & 0xff) == 0xE0;
        if (zip || ole) {
            return takeIn(workbooks.read(bytes, layout.layOut(working.content(), meta())));
        }
        return importJson(bytes);
    }

    /**
     * Figures read from a workbook or a pasted block go into the working copy: the cells show them, the findings
     * follow, and nothing is stored until the clerk saves. What could not be read is listed by place.
     */
    private boolean takeIn(CellIntake read) {
        if (read.cellCount() > 0) {
            working = EditorCopy.of(shape, read.applyTo(working.content()));
            showContent();
        }
        if (!read.problems().isEmpty()) {
            new IntakeProblemsDialog(read.cellCount(), read.problems()).open();
        } else {
            Notices.ok(getTranslation("intake.filled", read.cellCount()));
        }
        return read.cellCount() > 0;
    }

    /** The report with no figures: the blank template to fill in Excel or WPS. */
    private ReportContent blankFigures() {
        return working.head();
    }

    // ------------------------------------------------------------------ reasons of a return

    private Div returnPanel(ReturnReasons r, String secrecyConclusion) {
        Div box = new Div();
        box.setId("return-reasons");
        box.addClassName("return-note");
        String stage = r.stage() == null ? "" : getTranslation("stage." + r.stage());
        box.add(new H3(getTranslation("return.heading", stage, names.lookup().of(r.by()), Dates.time(r.at()))));
        r.all(format.sections()).forEach(t -> box.add(new Paragraph(t)));
        if (secrecyConclusion != null) {
            Paragraph conclusion = new Paragraph(getTranslation("return.conclusion", secrecyConclusion));
            conclusion.setId("return-conclusion");
            box.add(conclusion);
        }
        if (wantedChanges.stream().anyMatch(c -> c.choice() == SecrecyChoice.CHANGE)) {
            box.add(new Paragraph(getTranslation("return.maskHint")));
        }
        box.add(new Paragraph(getTranslation("return.hint")));
        return box;
    }

    /** The reasons of the open return that are about this section, as the form shows them (none: empty). */
    private List<String> sectionReasons(SectionDef def) {
        return reasons.map(r -> r.bySection().getOrDefault(def.key(), List.of())).orElse(List.of()).stream()
                .map(t -> getTranslation("return.section", t)).toList();
    }

    /** Recomputes the totals, shows them, validates everything and marks the cells the findings point at. */
    private void revalidate() {
        ReportContent filled = ComputedTotals.fill(format, working.content());
        working = EditorCopy.of(shape, filled);
        for (String key : computed) {
            if (cells.contains(key)) {
                pendingValues.put(key, plain(working.cell(key)));
            }
        }
        lastResult = drafting.validate(filled, checks);
        findings.show(lastResult, WantedChanges.among(lastResult.of(Severity.REVIEW), wantedChanges));
        Map<String, String> marked = new LinkedHashMap<>();
        for (Finding f : lastResult.findings()) {
            if (f.severity() != Severity.REVIEW) {
                String mark = f.severity() == Severity.ERROR ? "cell-flagged" : "cell-warned";
                // an error outweighs a warning on the same cell
                f.cells().stream().filter(cells::contains).forEach(k -> marked.merge(k, mark,
                        (a, b) -> a.equals("cell-flagged") ? a : b));
            }
        }
        if (!marked.equals(marks)) {
            marks = marked.isEmpty() ? Map.of() : marked;
            pendingMarks = true;
        }
        push();
    }

    private void jump(Finding f) {
        List<String> keys = f.cells().stream().filter(cells::contains).toList();
        if (!keys.isEmpty()) {
            getElement().executeJs("const i = document.getElementById($0); if (i) { i.focus(); }", keys.get(0));
        } else if (texts.contains(f.at())) {
            getElement().executeJs("const a = document.getElementById($0); if (a) { a.focus(); }", EditorForm.textId(f.at()));
        }
    }

    private void save() {
        trySave();
    }

    /**
     * 「遮盖」: what is typed is saved first (as the save button does), then the domain replaces the finding's match
     * by its masked form in the stored text; the editor shows the stored text and its findings again.
     */
    private void mask(Finding f) {
        if (dirty() && !trySave()) {
            return;
        }
        try {
            ReportView stored = drafting.mask(actor, id, version, f.clearanceKey());
            version = stored.version();
            working = EditorCopy.of(shape, stored.content());
            saved = working;
            showContent();
            Notices.ok(getTranslation("editor.masked", FindingMask.masked(f)));
        } catch (Refusal e) {
            Notices.refused(e.kind() == Refusal.Kind.STALE ? getTranslation("editor.stale") : e.getMessage());
        }
    }

    private boolean trySave() {
        try {
            boolean wasDirty = dirty();
            ReportView stored = drafting.update(actor, id, version, working.content());
            version = stored.version();
            saved = working;
            changed();
            Notices.ok(wasDirty ? getTranslation("editor.saved", String.valueOf(version)) : getTranslation("editor.unchanged"));
            return true;
        } catch (Refusal e) {
            Notices.refused(e.kind() == Refusal.Kind.STALE ? getTranslation("editor.stale") : e.getMessage());
            return false;
        }
    }

    private void submit() {
        if (!trySave()) {
            return;
        }
        if (!lastResult.valid()) {
            Notices.refused(getTranslation("submit.blocked", lastResult.of(Severity.ERROR).get(0).message()));
            return;
        }
        new SubmitDialog(lastResult.of(Severity.WARNING), drafting.carriedExplanations(actor, id), explanations -> {
            try {
                workflow.submit(actor, id, explanations);
                Notices.ok(getTranslation("submit.done"));
                getUI().ifPresent(ui -> ui.navigate("reports/" + id));
                return true;
            } catch (Refusal e) {
                Notices.refused(getTranslation("submit.blocked", e.getMessage()));
                return false;
            }
        }).open();
    }

    private void prefill() {
        ReportContent stored = reading.get(actor, id).content();
        ReportContent carried = drafting.withCarryOver(actor, id);
        for (String key : format.cells().keySet()) {
            BigDecimal before = stored.cell(key);
            BigDecimal after = carried.cell(key);
            if (after != null && (before == null || before.compareTo(after) != 0)) {
                working = working.withCell(key, after);
            }
        }
        showContent();
        Notices.ok(getTranslation("editor.prefilled"));
    }

    boolean importJson(byte[] json) {
        try {
            ReportContent imported = codec.read(json);
            if (!imported.unit().code().equals(working.unit().code()) || imported.year() != working.year()
                    || !imported.formatId().equals(working.formatId())) {
                Notices.refused(getTranslation("editor.importFailed", getTranslation("editor.importOther", imported.unit().name(),
                        String.valueOf(imported.year()), Labels.format(imported.formatId()))));
                return false;
            }
            working = EditorCopy.of(shape, imported.withUnit(working.unit()));
            showContent();
            Notices.ok(getTranslation("editor.imported"));
            return true;
        } catch (ReportJsonException e) {
            Notices.refused(getTranslation("editor.importFailed", e.getMessage()));
            return false;
        }
    }

    private void showContent() {
        refreshing = true;
        try {
            cells.forEach(k -> pendingValues.put(k, plain(working.cell(k))));
            refused.keySet().forEach(k -> pendingRefused.put(k, null));
            refused.clear();
            texts.forEach(k -> pendingTexts.put(k, true));
        } finally {
            refreshing = false;
        }
        revalidate();
        changed();
    }

    /**
     * The report as it will print: an A4 sheet in a dialog. 打印 prints the sheet alone, over as many A4 pages as it
     * takes (the theme's print rules apply while the page is marked {@code printing-preview}), as the PDF does.
     */
    private void preview() {
        Dialog d = new Dialog();
        d.setId("preview-dialog");
        d.setWidth("90vw");
        Div page = new Div(new Html(html.fragment(layout.layOut(working.content(), meta()))));
        page.addClassName("print-preview");
        page.setId("print-preview");
        d.add(page);
        Button print = new Button(getTranslation("editor.print"), e -> d.getElement().executeJs("window.print()"));
        print.setId("print");
        print.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button close = new Button(getTranslation("common.close"), e -> {
            d.close();
            markPrinting(getElement(), false);
        });
        close.setId("preview-close");
        d.getFooter().add(close, print);
        // closed in the browser (Esc, a click beside it): the mark goes too
        d.addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                markPrinting(getElement(), false);
            }
        });
        d.open();
        markPrinting(d.getElement(), true);
    }

    /** Only while the preview is open does printing print the sheet alone; otherwise the page prints as it is. */
    private static void markPrinting(Element through, boolean on) {
        through.executeJs("document.documentElement.classList.toggle('printing-preview', $0)", on);
    }

    private ReportMeta meta() {
        return meta(working.head());
    }

    private static ReportMeta meta(ReportContent content) {
        return new ReportMeta(content.unit().code(), content.unit().name(), content.year(), content.formatId(),
                content.unit().name(), null, null);
    }

    private static String plain(BigDecimal v) {
        return v == null ? "" : v.signum() == 0 ? "0" : v.stripTrailingZeros().toPlainString();
    }

    // ------------------------------------------------------------------ what the cells show (for tests)

    /** What the cell shows: the refused text standing in it, or its value in the working copy. */
    String cellText(String key) {
        Refused r = refused.get(key);
        return r != null ? r.typed() : plain(working.cell(key));
    }

    /** Why the text in the cell was refused, or null. */
    String cellError(String key) {
        Refused r = refused.get(key);
        return r == null ? null : r.message();
    }

    /** The number cells on the page, in reading order. */
    List<String> cellKeys() {
        return List.copyOf(cells);
    }

    boolean cellComputed(String key) {
        return computed.contains(key);
    }

    /** cell-flagged, cell-warned or null. */
    String cellMark(String key) {
        return marks.get(key);
    }

    /** The section's text in the editor: what its text area was last told or told the server (for tests). */
    String text(String section) {
        if (!texts.contains(section)) {
            throw new IllegalArgumentException("no text " + section + " in the editor");
        }
        return working.text(section);
    }

    /** The ids of the tables' buttons (fill with 0, paste), in the order of the tables (for tests). */
    List<String> tableButtonIds() {
        return shape.tables().keySet().stream().flatMap(k -> Stream.of(OfficialTable.fillId(k),
                OfficialTable.pasteId(k))).toList();
    }

    /** The current content in the editor (for tests). */
    ReportContent working() {
        return working.content();
    }
}
