package cn.nianbao.domain.interchange;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What a JSON document sent to Nianbao may be, enforced by the parser itself before anything is built from it:
 * nesting at most 32 deep (a report is 7 deep), strings of at most 200,000 characters (the widest text column;
 * each field's own maximum is checked afterwards and named), numbers of at most 100 characters (a cell needs 18),
 * names of at most 1,000 characters, and 2 MiB in all (requests stop at 1 MiB before this).
 */
public final class JsonLimits {

    public static final int MAX_DEPTH = 32;
    public static final int MAX_STRING = 200_000;
    public static final int MAX_NUMBER = 100;
    public static final int MAX_NAME = 1_000;
    public static final long MAX_DOCUMENT = 2L * 1024 * 1024;

    public static final StreamReadConstraints READ = StreamReadConstraints.builder()
            .maxNestingDepth(MAX_DEPTH)
            .maxStringLength(MAX_STRING)
            .maxNumberLength(MAX_NUMBER)
            .maxNameLength(MAX_NAME)
            .maxDocumentLength(MAX_DOCUMENT)
            .build();

    private JsonLimits() {
    }

    /** A JSON factory whose parsers keep the limits. */
    public static JsonFactory factory() {
        return JsonFactory.builder().streamReadConstraints(READ).build();
    }

    /** A mapper that reads within the limits. */
    public static ObjectMapper mapper() {
        return new ObjectMapper(factory());
    }
}
