package cn.nianbao.domain.format;

/** One of the six sections, with its exact heading. */
public record SectionDef(String key, String title, SectionKind kind) {
}
