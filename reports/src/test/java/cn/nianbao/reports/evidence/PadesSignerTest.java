package cn.nianbao.reports.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PadesSignerTest {

    @TempDir Path dir;

    @Test
    void the_signature_verifies_binds_the_certificate_and_breaks_when_a_byte_changes() throws Exception {
        SigningKeys keys = new SigningKeys(dir.resolve("evidence.p12"), "demo", "evidence");
        keys.createDemoKeyIfMissing("测试县人民政府办公室（演示证书）");
        SigningKey key = keys.forCounty("no-such-county").orElseThrow(); // falls back to the default entry

        byte[] signed = PadesSigner.sign(blankPdf(), key, "测试县人民政府办公室", "年报通证据包", "测试县");

        try (PDDocument doc = Loader.loadPDF(signed)) {
            List<PDSignature> signatures = doc.getSignatureDictionaries();
            assertThat(signatures).hasSize(1);
            PDSignature s = signatures.get(0);
            assertThat(s.getSubFilter()).isEqualTo("ETSI.CAdES.detached");
            assertThat(s.getName()).isEqualTo("测试县人民政府办公室");
            int[] range = s.getByteRange();
            assertThat(range[0]).isZero();
            assertThat(range[2] + range[3]).as("the byte range ends at the end of the file").isEqualTo(signed.length);

            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(s.getSignedContent(signed)), cmsOf(s));
            SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
            X509Certificate certificate = key.certificate();
            assertThat(signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate))).isTrue();
            assertThat(signer.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2)).isNotNull();
            assertThat(signer.getSignedAttributes().get(PKCSObjectIdentifiers.pkcs_9_at_signingTime)).isNull();
            assertThat(certificate.getSubjectX500Principal().getName()).contains("测试县人民政府办公室");

            // one byte of the signed content changed: the digest no longer matches
            byte[] tampered = signed.clone();
            int inside = range[1] / 2;
            tampered[inside] = (byte) (tampered[inside] ^ 0x01);
            CMSSignedData broken = new CMSSignedData(new CMSProcessableByteArray(s.getSignedContent(tampered)), cmsOf(s));
            SignerInformation brokenSigner = broken.getSignerInfos().getSigners().iterator().next();
            assertThat(verifies(brokenSigner, certificate)).isFalse();
        }
        pdfsigAgrees(signed, Loader.loadPDF(signed).getSignatureDictionaries().get(0).getByteRange()[1] / 2);
    }

    @Test
    void the_demo_key_is_created_once_and_a_county_entry_wins_over_the_default() throws Exception {
        Path file = dir.resolve("keys.p12");
        SigningKeys keys = new SigningKeys(file, "demo", "evidence");
        assertThat(keys.forCounty("lanxi")).isEmpty();
        keys.createDemoKeyIfMissing("甲");
        byte[] first = Files.readAllBytes(file);
        keys.createDemoKeyIfMissing("乙");
        assertThat(Files.readAllBytes(file)).isEqualTo(first);
        assertThat(new SigningKeys(file, "demo", "evidence").forCounty("lanxi").orElseThrow().certificate()
                .getSubjectX500Principal().getName()).contains("甲");
    }

    /** When poppler's pdfsig is on the machine (CI installs it), it must call the signature valid too. */
    private void pdfsigAgrees(byte[] signed, int insideTheSignedBytes) throws Exception {
        Path pdfsig = Path.of("/usr/bin/pdfsig");
        if (!Files.isExecutable(pdfsig)) {
            return;
        }
        Path file = dir.resolve("signed.pdf");
        Files.write(file, signed);
        Process p = new ProcessBuilder(pdfsig.toString(), file.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(out).contains("Signature Validation: Signature is Valid.");

        byte[] tampered = signed.clone();
        tampered[insideTheSignedBytes] = (byte) (tampered[insideTheSignedBytes] ^ 0x01);
        Files.write(file, tampered);
        Process q = new ProcessBuilder(pdfsig.toString(), file.toString()).redirectErrorStream(true).start();
        String broken = new String(q.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        q.waitFor(60, TimeUnit.SECONDS);
        assertThat(broken).doesNotContain("Signature is Valid.");
    }

    /** The CMS object of the signature; /Contents is padded with zeros after it. */
    private static ContentInfo cmsOf(PDSignature s) throws Exception {
        try (ASN1InputStream in = new ASN1InputStream(s.getContents())) {
            return ContentInfo.getInstance(in.readObject());
        }
    }

    private static boolean verifies(SignerInformation signer, X509Certificate certificate) {
        try {
            return signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate));
        } catch (Exception digestMismatch) {
            return false;
        }
    }

    private static byte[] blankPdf() throws Exception {
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }
}
