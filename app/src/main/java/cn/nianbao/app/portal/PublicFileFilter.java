package cn.nianbao.app.portal;

import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import cn.nianbao.reports.publish.DownloadKind;
import cn.nianbao.reports.publish.PublicArtefacts;
import cn.nianbao.reports.publish.PublicFile;

/**
 * The portal's hottest path — a published report's page and downloads — answered ahead of every other filter,
 * straight from the stored files (and their in-memory cache), with the portal's security headers. It needs no
 * sign-in, session or MVC dispatch; anything else under /public (the list, open data, an unknown report) goes on
 * to the portal's controller.
 */
final class PublicFileFilter implements Filter {

    static final Pattern PATH = Pattern.compile("/public/reports/([A-Za-z0-9_-]{1,64})/(\\d{4})(?:\\.([a-z]{3,4}))?");

    private final PublicArtefacts artefacts;

    PublicFileFilter(PublicArtefacts artefacts) {
        this.artefacts = artefacts;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        Optional<PublicFile> file = Optional.empty();
        String method = request.getMethod();
        if ("GET".equals(method) || "HEAD".equals(method)) {
            file = find(request.getRequestURI());
        }
        if (file.isPresent()) {
            PublicFileResponse.send(file.get(), request, (HttpServletResponse) res);
        } else {
            chain.doFilter(req, res);
        }
    }

    private Optional<PublicFile> find(String uri) {
        Matcher m = PATH.matcher(uri);
        if (!m.matches()) {
            return Optional.empty();
        }
        String kind = m.group(3) == null ? PublicFile.PAGE
                : DownloadKind.byExtension(m.group(3)).map(Enum::name).orElse(null);
        if (kind == null) {
            return Optional.empty();
        }
        return artefacts.file(m.group(1), Integer.parseInt(m.group(2)), kind);
    }
}
