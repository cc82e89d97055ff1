package cn.nianbao.reports.publish;

/** A file to send: its bytes, media type and file name. */
public record Download(byte[] bytes, String mediaType, String fileName) {
}
