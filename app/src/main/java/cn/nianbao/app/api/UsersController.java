package cn.nianbao.app.api;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import cn.nianbao.app.security.CurrentActor;
import cn.nianbao.app.sheet.OnboardingSheet;
import cn.nianbao.domain.i18n.Messages;
import cn.nianbao.domain.onboarding.ImportOutcome;
import cn.nianbao.domain.onboarding.PeopleImport;
import cn.nianbao.domain.onboarding.PeopleImportOutcome;
import cn.nianbao.domain.onboarding.PersonRow;
import cn.nianbao.domain.refusal.Refusal;
import cn.nianbao.domain.user.AccountSummary;
import cn.nianbao.domain.user.Actor;
import cn.nianbao.domain.user.Role;
import cn.nianbao.domain.user.UserAccountService;
import cn.nianbao.domain.user.UserDirectory;

/**
 * The system administrator's people: list, add (with a one-time password answered once), change, grant and take
 * away roles, and the people sheet. Every permission is the domain's (anyone else: 403); every change is in the
 * security audit log.
 */
@RestController
class UsersController {

    private static final Messages ONBOARDING = Messages.of("onboarding");
    private static final Messages SECURITY = Messages.of("security");

    private final UserDirectory directory;
    private final UserAccountService accounts;
    private final PeopleImport importer;
    private final CurrentActor current;

    UsersController(UserDirectory directory, UserAccountService accounts, PeopleImport importer, CurrentActor current) {
        this.directory = directory;
        this.accounts = accounts;
        this.importer = importer;
        this.current = current;
    }

    record RoleBody(String role, String unit) {
    }

    record UserBody(String username, String displayName, String email, boolean enabled, boolean mustChangePassword,
                    List<RoleBody> roles) {
        static UserBody of(AccountSummary a) {
            return new UserBody(a.username(), a.displayName(), a.email(), a.enabled(), a.mustChangePassword(),
                    a.grants().stream().map(g -> new RoleBody(g.role().name(), g.unitCode())).toList());
        }
    }

    record UserPage(String unit, int page, int pageSize, long total, List<UserBody> users) {
    }

    record CreatedUser(UserBody user, String password) {
    }

    @GetMapping(value = "/api/v1/users", produces = "application/json")
    UserPage list(@RequestParam(required = false) String unit, @RequestParam(defaultValue = "0") int page) {
        UserDirectory.Page p = directory.page(current.require(), unit, page);
        return new UserPage(p.unit(), p.page(), p.pageSize(), p.total(), p.users().stream().map(UserBody::of).toList());
    }

    @PostMapping(value = "/api/v1/users", produces = "application/json")
    ResponseEntity<CreatedUser> create(HttpServletRequest request) throws IOException {
        Actor actor = current.require();
        accounts.checkSystemAdmin(actor);
        JsonObjectBody body = JsonObjectBody.read(request);
        if (body.has("password")) {
            // the first password is always the server's random one, so that none is ever chosen for someone else
            throw Refusal.invalid("NOT_CHANGEABLE", SECURITY.get("user.password-not-accepted"));
        }
        UserAccountService.Issued issued = accounts.createWithOneTimePassword(actor, body.text("username"),
                body.text("display_name"), body.text("email"));
        return ResponseEntity.status(HttpStatus.CREATED).cacheControl(CacheControl.noStore())
                .body(new CreatedUser(UserBody.of(AccountSummary.of(issued.account())), issued.password()));
    }

    @PatchMapping(value = "/api/v1/users/{username}", produces = "application/json")
    UserBody update(@PathVariable String username, HttpServletRequest request) throws IOException {
        Actor actor = current.require();
        accounts.checkSystemAdmin(actor);
        JsonObjectBody body = JsonObjectBody.read(request);
        if (body.has("username") || body.has("password") || body.has("roles")) {
            throw Refusal.invalid("NOT_CHANGEABLE", SECURITY.get("user.not-changeable"));
        }
        return UserBody.of(AccountSummary.of(accounts.updateAs(actor, username, body.nullable("display_name"),
                body.nullable("email"), body.bool("enabled"))));
    }

    @PostMapping(value = "/api/v1/users/{username}/roles", produces = "application/json")
    UserBody grant(@PathVariable String username, HttpServletRequest request) throws IOException {
        Actor actor = current.require();
        accounts.checkSystemAdmin(actor);
        JsonObjectBody body = JsonObjectBody.read(request);
        return UserBody.of(AccountSummary.of(accounts.grantByCode(actor, username, role(body.text("role")),
                body.nullable("unit"))));
    }

    /** {@code CLERK@lanxi-lanhe}, or an administrator role alone: {@code SECURITY_ADMIN}. */
    @DeleteMapping(value = "/api/v1/users/{username}/roles/{grant}", produces = "application/json")
    UserBody revoke(@PathVariable String username, @PathVariable String grant) {
        Actor actor = current.require();
        accounts.checkSystemAdmin(actor);
        int at = grant.indexOf('@');
        Role role = role(at < 0 ? grant : grant.substring(0, at));
        return UserBody.of(AccountSummary.of(accounts.revokeByCode(actor, username, role,
                at < 0 ? null : grant.substring(at + 1))));
    }

    @PostMapping(value = "/api/v1/users/import", produces = "application/json")
    ResponseEntity<Map<String, Object>> importSheet(@RequestParam(value = "file", required = false) MultipartFile file,
                                                    @RequestParam(defaultValue = "false") boolean dryRun) throws IOException {
        Actor actor = current.require();
        importer.checkAllowed(actor);
        if (file == null || file.isEmpty()) {
            throw Refusal.invalid("FILE_REQUIRED", ONBOARDING.get("refuse.file_required"));
        }
        OnboardingSheet.Read<PersonRow> sheet = OnboardingSheet.people(file.getBytes(), file.getOriginalFilename());
        PeopleImportOutcome outcome;
        if (!sheet.problems().isEmpty()) {
            outcome = new PeopleImportOutcome(new ImportOutcome(false, sheet.rows().size(), sheet.problems(), 0, 0, 0), List.of());
        } else if (dryRun) {
            outcome = new PeopleImportOutcome(importer.dryRun(actor, sheet.rows()), List.of());
        } else {
            outcome = importer.apply(actor, sheet.rows());
        }
        return ImportAnswer.of(outcome.counts(), dryRun,
                ONBOARDING.get("refuse.people_import_invalid", outcome.counts().problems().size()), outcome.passwords());
    }

    private static Role role(String name) {
        String n = name == null ? "" : name.strip();
        return Arrays.stream(Role.values()).filter(r -> r.name().equals(n)).findFirst()
                .orElseThrow(() -> Refusal.invalid("BAD_ROLE", n.isEmpty() ? SECURITY.get("role.missing")
                        : SECURITY.get("role.unknown", n, Arrays.stream(Role.values()).map(Enum::name)
                        .collect(Collectors.joining("、")))));
    }
}
