/**
 * The official report formats as data, read once from {@code nianbao/formats.yaml}.
 * Editor, validator, renderers and the JSON codec all walk these definitions; nothing else lists rows.
 */
package cn.nianbao.domain.format;
