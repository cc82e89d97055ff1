package cn.nianbao.reports.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.TreeSet;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A4 PDF with Noto Sans SC embedded as a subset, so it reads and prints the same on a machine without Chinese
 * fonts. Characters the font lacks are listed in the result (and logged) rather than vanishing silently.
 */
@Component
public class PdfWriter {

    private static final Logger LOG = LoggerFactory.getLogger(PdfWriter.class);
    static final String REGULAR = "fonts/NotoSansSC-Regular.ttf";
    static final String BOLD = "fonts/NotoSansSC-Bold.ttf";

    /**
     * The two faces (about 12.7 MB) and the parsed regular one, read at the first PDF rather than at start-up: the
     * application answers sooner after a restart, and a node that never renders never holds them.
     */
    private volatile Fonts fonts;

    private record Fonts(byte[] regular, byte[] bold, TrueTypeFont coverage) {
    }

    private Fonts fonts() {
        Fonts f = fonts;
        if (f == null) {
            synchronized (this) {
                f = fonts;
                if (f == null) {
                    byte[] regular = resource(REGULAR);
                    f = new Fonts(regular, resource(BOLD), parse(regular));
                    fonts = f;
                }
            }
        }
        return f;
    }

    /** The PDF and the characters no embedded font could draw. */
    public record Pdf(byte[] bytes, Set<String> missingCharacters) {
    }

    public Pdf write(String xhtml) {
        Set<String> missing = missing(xhtml);
        if (!missing.isEmpty()) {
            LOG.warn("{}", OfficialText.get("pdf.missing_glyphs", missing.toString()));
        }
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Fonts f = fonts();
            PdfRendererBuilder b = new PdfRendererBuilder();
            b.useFastMode();
            b.useFont(() -> new java.io.ByteArrayInputStream(f.regular()), "NotoSansSC", 400, FontStyle.NORMAL, true);
            b.useFont(() -> new java.io.ByteArrayInputStream(f.bold()), "NotoSansSC", 700, FontStyle.NORMAL, true);
            b.withHtmlContent(xhtml, null);
            b.toStream(out);
            b.run();
            return new Pdf(out.toByteArray(), missing);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The characters of the text (outside markup) that the regular face has no glyph for. */
    Set<String> missing(String xhtml) {
        Set<String> out = new TreeSet<>();
        String text = xhtml.replaceAll("<[^>]*>", "");
        try {
            var cmap = fonts().coverage().getUnicodeCmapLookup();
            text.codePoints().filter(cp -> cp > 0x20 && !Character.isWhitespace(cp))
                    .filter(cp -> cmap.getGlyphId(cp) == 0)
                    .forEach(cp -> out.add(new String(Character.toChars(cp))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static byte[] resource(String name) {
        try (InputStream in = PdfWriter.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TrueTypeFont parse(byte[] font) {
        try {
            return new TTFParser().parse(new RandomAccessReadBuffer(font));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
