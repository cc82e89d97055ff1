package cn.nianbao.app.ui;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.nianbao.domain.format.SectionDef;
import cn.nianbao.domain.report.AuditAction;
import cn.nianbao.domain.report.HistoryEntry;

/**
 * Why the report came back, read from its history: the latest return's comment, split into what concerns the
 * whole report and what concerns one section (the lines 【section title】…). It stands until the clerk submits
 * again; a later submission answers it.
 */
public record ReturnReasons(String stage, String by, Instant at, List<String> general, Map<String, List<String>> bySection) {

    private static final Pattern SECTION_LINE = Pattern.compile("^【(.+?)】(.*)$");

    public static Optional<ReturnReasons> open(List<HistoryEntry> history, List<SectionDef> sections) {
        HistoryEntry last = null;
        for (HistoryEntry h : history) {
            if (AuditAction.RETURN.name().equals(h.action())) {
                last = h;
            } else if (AuditAction.SUBMIT.name().equals(h.action())) {
                last = null;
            }
        }
        if (last == null || last.comment() == null) {
            return Optional.empty();
        }
        List<String> general = new ArrayList<>();
        Map<String, List<String>> bySection = new LinkedHashMap<>();
        for (String line : last.comment().split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            Matcher m = SECTION_LINE.matcher(line.strip());
            Optional<SectionDef> section = m.matches()
                    ? sections.stream().filter(s -> s.title().equals(m.group(1))).findFirst() : Optional.empty();
            if (section.isPresent()) {
                bySection.computeIfAbsent(section.get().key(), k -> new ArrayList<>()).add(m.group(2).strip());
            } else {
                general.add(line.strip());
            }
        }
        return Optional.of(new ReturnReasons(last.stage(), last.actor(), last.at(), general, bySection));
    }

    /** Every reason, the section ones headed by their section, for a summary that is read in one place. */
    public List<String> all(List<SectionDef> sections) {
        List<String> out = new ArrayList<>(general);
        for (SectionDef s : sections) {
            bySection.getOrDefault(s.key(), List.of()).forEach(t -> out.add("【" + s.title() + "】" + t));
        }
        return out;
    }
}
