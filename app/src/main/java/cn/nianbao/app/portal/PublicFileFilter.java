package cn.nianbao.app.portal;

import java.io.IOException;
import java.util.Optional;

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
        PublicFilePath path = PublicFilePath.parse(uri);
        if (path == null) {
            return Optional.empty();
        }
        String kind = path.extension() == null ? PublicFile.PAGE
                : DownloadKind.byExtension(path.extension()).map(Enum::name).orElse(null);
        if (kind == null) {
            return Optional.empty();
        }
        return artefacts.file(path.unitCode(), path.year(), kind);
    }
}
