package cn.nianbao.domain.interchange;

/** A report JSON that cannot be read; {@code path} names the offending key, e.g. {@code sections.s3.matrix.granted}. */
public class ReportJsonException extends RuntimeException {

    private final String path;

    public ReportJsonException(String path, String message) {
        super(message);
        this.path = path;
    }

    public String path() {
        return path;
    }
}
