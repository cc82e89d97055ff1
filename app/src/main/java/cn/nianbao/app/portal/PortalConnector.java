package cn.nianbao.app.portal;

import org.apache.catalina.connector.Connector;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;

/**
 * A second Tomcat connector for the public portal, with a thread pool of its own. On two cores the main
 * connector's 200 threads take turns with each other under a crowd of readers and the slowest reader waits for all
 * of them (p99 103 ms for the page); a handful of threads serving bytes from memory keeps the queue in order. The
 * main connector keeps its pool for the workbench and the API, which wait on the database and on signing.
 *
 * <p>Boot applies its connector customizers to the main connector only, so the settings the portal relies on
 * (TRACE passed to the firewall, 1,000 requests per connection, the bind address) are set here again.
 *
 * <p>Only this connector writes to the socket in 64 KiB pieces ({@code nianbao.portal.socket-write-buffer-kb}):
 * Tomcat's 8 KiB took three system calls for a report page of 18 KB and thirteen for its 100 KB PDF, 64 KiB one
 * and two. The buffer is per connection, about 72 KB each with the read buffer, so 200 kept-alive readers hold
 * about 14 MB. The main connector keeps Tomcat's 8 KiB: a browser on the workbench keeps about three connections
 * open, and at 64 KiB their buffers held more than its Vaadin session (bench/README.md, session memory); with one
 * port for all, the portal's pages are written in 8 KiB pieces too.
 */
class PortalConnector implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private final int port;
    private final int threads;
    private final int writeBufferKb;
    private final ServerProperties server;
    private volatile Connector connector;
    private volatile int boundPort = -1;

    PortalConnector(int port, int threads, int writeBufferKb, ServerProperties server) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("nianbao.portal.port must be 0–65535, was " + port);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("nianbao.portal.threads must be at least 1, was " + threads);
        }
        this.port = port;
        this.threads = threads;
        this.writeBufferKb = writeBufferKb;
        this.server = server;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        Connector portal = new Connector(TomcatServletWebServerFactory.DEFAULT_PROTOCOL);
        portal.setPort(port);
        portal.setAllowTrace(true);
        set(portal, "maxThreads", threads);
        set(portal, "minSpareThreads", threads);
        set(portal, "maxKeepAliveRequests", server.getTomcat().getMaxKeepAliveRequests());
        set(portal, "socket.appWriteBufSize", writeBufferKb * 1024);
        if (server.getAddress() != null) {
            portal.setProperty("address", server.getAddress().getHostAddress());
        }
        factory.addAdditionalTomcatConnectors(portal);
        this.connector = portal;
    }

    /**
     * The port the portal listens on once the server runs (the one chosen when configured as 0); -1 before. Asked on
     * every request by {@link PortalDoor}: Tomcat answers through reflection on its endpoint (a tenth of a cached
     * page's CPU), so the port is kept once the connector is bound — it does not change while the server runs.
     */
    int localPort() {
        int known = boundPort;
        if (known > 0) {
            return known;
        }
        Connector c = connector;
        int port = c == null ? -1 : c.getLocalPort();
        if (port > 0) {
            boundPort = port;
        }
        return port;
    }

    private static void set(Connector connector, String name, int value) {
        if (!connector.setProperty(name, Integer.toString(value))) {
            throw new IllegalStateException("Tomcat did not take " + name + " for the portal connector");
        }
    }
}
