package cn.nianbao.reports.evidence;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;

/** A signer's private key and its certificate chain (the signer's own certificate first). */
record SigningKey(PrivateKey privateKey, List<X509Certificate> chain) {

    X509Certificate certificate() {
        return chain.get(0);
    }
}
