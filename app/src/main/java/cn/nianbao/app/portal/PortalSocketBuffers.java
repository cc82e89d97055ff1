package cn.nianbao.app.portal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Tomcat writes a response to the socket in pieces the size of its per-connection write buffer, 8 KiB unless told:
 * a report page of 18 KB took three system calls and its 100 KB PDF thirteen. With 64 KiB they take one and two.
 * The buffer is per connection, so 200 kept-alive readers hold about 13 MB.
 */
@Component
class PortalSocketBuffers implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private final int writeBufferBytes;

    PortalSocketBuffers(@Value("${nianbao.portal.socket-write-buffer-kb:64}") int writeBufferKb) {
        this.writeBufferBytes = writeBufferKb * 1024;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addConnectorCustomizers(connector -> {
            if (!connector.setProperty("socket.appWriteBufSize", Integer.toString(writeBufferBytes))) {
                throw new IllegalStateException("Tomcat did not take socket.appWriteBufSize");
            }
        });
    }
}
