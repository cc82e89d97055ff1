package cn.nianbao.domain.sensitive;

/**
 * An area's word list changed (a word added or removed), within the transaction of the change: it applies to the
 * area and everything below it.
 */
public record SensitiveWordsChanged(Long areaId) {
}
