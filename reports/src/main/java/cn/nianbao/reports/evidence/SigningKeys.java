package cn.nianbao.reports.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The county offices' signing keys, from one PKCS#12 keystore ({@code nianbao.signing.keystore}): the entry named
 * by a county's unit code signs that county's evidence packs, the entry {@code nianbao.signing.alias} every other
 * one. Without a keystore the packs are not signed (and the start says so); the demo run creates a demo key and a
 * self-signed demo certificate on first start.
 */
@Component
public class SigningKeys {

    private static final Logger LOG = LoggerFactory.getLogger(SigningKeys.class);

    private final Path file;
    private final char[] password;
    private final String defaultAlias;
    private KeyStore loaded;

    SigningKeys(@Value("${nianbao.signing.keystore:./data/signing/evidence.p12}") Path file,
                @Value("${nianbao.signing.password:demo}") String password,
                @Value("${nianbao.signing.alias:evidence}") String defaultAlias) {
        this.file = file;
        this.password = password.toCharArray();
        this.defaultAlias = defaultAlias;
    }

    /** The key that signs a county's evidence packs, if any is configured. */
    synchronized Optional<SigningKey> forCounty(String countyCode) {
        KeyStore store = store();
        if (store == null) {
            return Optional.empty();
        }
        try {
            String alias = countyCode != null && store.isKeyEntry(countyCode) ? countyCode : defaultAlias;
            if (!store.isKeyEntry(alias)) {
                return Optional.empty();
            }
            PrivateKey key = (PrivateKey) store.getKey(alias, password);
            Certificate[] chain = store.getCertificateChain(alias);
            return Optional.of(new SigningKey(key, Arrays.stream(chain).map(c -> (X509Certificate) c).toList()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the signing keystore " + file + " cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * Creates the demo keystore with one RSA-2048 key and a self-signed certificate for {@code subject}, unless a
     * keystore is already there. Only the demo run calls this: a county loads its own certificate (docs/security.md).
     */
    public synchronized void createDemoKeyIfMissing(String subject) {
        if (Files.exists(file)) {
            return;
        }
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048, new SecureRandom());
            KeyPair pair = generator.generateKeyPair();
            Instant now = Instant.now();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                    new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "CN").addRDN(BCStyle.O, "年报通演示")
                            .addRDN(BCStyle.CN, subject).build(),
                    new BigInteger(64, new SecureRandom()), Date.from(now.minus(Duration.ofDays(1))),
                    Date.from(now.plus(Duration.ofDays(3650))),
                    new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "CN").addRDN(BCStyle.O, "年报通演示")
                            .addRDN(BCStyle.CN, subject).build(), pair.getPublic());
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            X509Certificate certificate = new JcaX509CertificateConverter()
                    .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry(defaultAlias, pair.getPrivate(), password, new Certificate[] {certificate});
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                store.store(out, password);
            }
            loaded = store;
            LOG.info("演示签名证书已创建：{}（{}）", file.toAbsolutePath(), subject);
        } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
            throw new IllegalStateException("the demo signing key cannot be created in " + file + ": " + e.getMessage(), e);
        }
    }

    private KeyStore store() {
        if (loaded == null && Files.exists(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                KeyStore store = KeyStore.getInstance("PKCS12");
                store.load(in, password);
                loaded = store;
            } catch (GeneralSecurityException | IOException e) {
                throw new IllegalStateException("the signing keystore " + file + " cannot be read: " + e.getMessage(), e);
            }
        }
        if (loaded == null) {
            LOG.warn("未配置签名证书（nianbao.signing.keystore={}）：证据包不签名", file.toAbsolutePath());
        }
        return loaded;
    }
}
