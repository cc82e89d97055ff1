package cn.nianbao.app.portal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Tomcat writes a response to the socket in pieces the size of its per-connection write buffer, 8 KiB unless told:
 * a report page of 18 KB took three system calls and its 100 KB PDF thirteen. With 64 KiB they take one and two.
 * The buffer is per connection, so 200 kept-alive readers hold about 13 MB.
 * <p>
 * Only while the portal shares the main connector: with a port of its own ({@code nianbao.portal.port}) the portal
 * connector sets it for itself (PortalConnector), and the main connector, which then serves the workbench and the
 * API only, keeps Tomcat's 8 KiB. There the 64 KiB cost more than they saved: a browser on the workbench keeps about
 * three connections open, 3 × 72 KB of buffers, more than its Vaadin session holds.
 */
@Component
class PortalSocketBuffers implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private final int writeBufferBytes;

    private final boolean portalApart;

    PortalSocketBuffers(@Value("${nianbao.portal.socket-write-buffer-kb:64}") int writeBufferKb,
                        @Value("${nianbao.portal.port:}") String portalPort) {
        this.writeBufferBytes = writeBufferKb * 1024;
        this.portalApart = !portalPort.isBlank();
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        if (portalApart) {
            return;
        }
        factory.addConnectorCustomizers(connector -> {
            if (!connector.setProperty("socket.appWriteBufSize", Integer.toString(writeBufferBytes))) {
                throw new IllegalStateException("Tomcat did not take socket.appWriteBufSize");
            }
        });
    }
}
