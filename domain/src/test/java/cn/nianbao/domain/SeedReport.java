package cn.nianbao.domain;

import java.io.IOException;
import java.io.InputStream;

import cn.nianbao.domain.content.ReportContent;
import cn.nianbao.domain.format.ReportFormats;
import cn.nianbao.domain.interchange.ReportJsonCodec;

/** The real published 兰河乡 2020 report (shared/seed), as the demo data loads it. */
public final class SeedReport {

    public static final String RESOURCE = "nianbao/demo/lanxi-lanhe-2020.json";

    private SeedReport() {
    }

    public static byte[] json() {
        try (InputStream in = SeedReport.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static ReportContent content() {
        return new ReportJsonCodec(ReportFormats.standard()).read(json());
    }
}
