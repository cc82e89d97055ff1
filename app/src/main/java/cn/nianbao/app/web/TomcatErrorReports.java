package cn.nianbao.app.web;

import java.io.IOException;
import java.io.Writer;

import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Tomcat answers some requests itself, before any filter or servlet: a path with bad percent escapes or bytes that
 * are not UTF-8 ({@code /api/v1/reports/%ff}), an unparsable request line. Its error report valve writes an HTML
 * page; this one writes the API's JSON for API paths and leaves the rest to Tomcat's (without server details, as
 * Spring Boot configures it).
 */
@Component
class TomcatErrorReports implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    @Override
    public int getOrder() {
        // after Spring Boot's customizer, which adds its own error report valve that this one replaces
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            if (!(context.getParent() instanceof StandardHost host)) {
                return;
            }
            for (Valve v : host.getPipeline().getValves()) {
                if (v instanceof ErrorReportValve) {
                    host.getPipeline().removeValve(v);
                }
            }
            ApiAwareErrorReportValve valve = new ApiAwareErrorReportValve();
            valve.setShowReport(false);
            valve.setShowServerInfo(false);
            host.getPipeline().addValve(valve);
            // the host would add Tomcat's default valve at start unless one of this class is there
            host.setErrorReportValveClass(ApiAwareErrorReportValve.class.getName());
        });
    }

    /** Tomcat's valve, with the API's JSON for API paths. Public: Tomcat may instantiate it by name. */
    public static class ApiAwareErrorReportValve extends ErrorReportValve {

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            // the raw request line: the decoded path is gone when decoding is what failed
            String raw = request.getCoyoteRequest().requestURI().toString();
            // an empty path: the request line itself could not be parsed (bytes that are not ASCII, sent unescaped),
            // so which door it was meant for is unknown; the API's JSON tells a script what failed, and no browser
            // sends such a line (browsers escape the path)
            boolean unparsed = raw == null || raw.isEmpty();
            if (status < 400 || response.getContentWritten() > 0 || !(unparsed || ErrorBodies.isApi(raw))) {
                super.report(request, response, throwable);
                return;
            }
            if (!response.setErrorReported()) {
                return;
            }
            try {
                response.setContentType("application/json");
                response.setCharacterEncoding("UTF-8");
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write(new String(ErrorBodies.json(ErrorBodies.code(status),
                            ErrorBodies.message(status, request.getMethod())), java.nio.charset.StandardCharsets.UTF_8));
                }
            } catch (IOException | IllegalStateException e) {
                // the client is gone or the response is closed: nothing left to tell
            }
        }
    }
}
