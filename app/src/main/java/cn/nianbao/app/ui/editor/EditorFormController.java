package cn.nianbao.app.ui.editor;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves the editor's forms (EditorForms) to the signed-in browser (the UI's security chain: a request without a
 * session goes to the sign-in). A form holds no report's data, and its name changes with its content, so the browser
 * may keep it; an unknown name (a form of another server's run) is a plain 404, and the page reloaded fetches the
 * current one.
 */
@RestController
class EditorFormController {

    @GetMapping("/" + EditorForms.PATH + "{name}")
    ResponseEntity<byte[]> form(@PathVariable String name) {
        return EditorForms.named(name)
                .map(f -> ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                        .cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePrivate().immutable()).body(f.html()))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
