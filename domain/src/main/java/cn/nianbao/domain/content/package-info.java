/**
 * What a report says, as a value: its texts and cells keyed as in the official format, and the totals the
 * format computes. The rules, the JSON codec and the report aggregate all read it; it depends on none of them.
 */
package cn.nianbao.domain.content;
