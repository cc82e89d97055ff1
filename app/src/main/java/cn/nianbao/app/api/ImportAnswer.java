package cn.nianbao.app.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import cn.nianbao.domain.onboarding.ImportOutcome;
import cn.nianbao.domain.onboarding.IssuedPassword;

/**
 * The answer to a sheet upload, the same for units and people: a dry run {@code { ok, rows, problems }}; an import
 * {@code { created, updated, unchanged }} (people: and their one-time {@code passwords}); a sheet with problems
 * 400 {@code IMPORT_INVALID} with the problems. Never cached: it may hold passwords.
 */
final class ImportAnswer {

    private ImportAnswer() {
    }

    record Password(String username, String password) {
    }

    static ResponseEntity<Map<String, Object>> of(ImportOutcome outcome, boolean dryRun, String invalidMessage,
                                                  List<IssuedPassword> passwords) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (!outcome.ok() && !dryRun) {
            out.put("error", "IMPORT_INVALID");
            out.put("message", invalidMessage);
        }
        if (dryRun || !outcome.ok()) {
            out.put("ok", outcome.ok());
            out.put("rows", outcome.rows());
            out.put("problems", outcome.problems());
        }
        if (outcome.ok()) {
            out.put("created", outcome.created());
            out.put("updated", outcome.updated());
            out.put("unchanged", outcome.unchanged());
            if (passwords != null && !dryRun) {
                out.put("passwords", passwords.stream().map(p -> new Password(p.username(), p.password())).toList());
            }
        }
        return ResponseEntity.status(outcome.ok() || dryRun ? HttpStatus.OK : HttpStatus.BAD_REQUEST)
                .cacheControl(CacheControl.noStore()).body(out);
    }
}
