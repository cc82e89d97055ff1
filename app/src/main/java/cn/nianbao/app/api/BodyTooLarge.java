package cn.nianbao.app.api;

/** A request body over the API's limit of 1 MiB. */
class BodyTooLarge extends RuntimeException {

    BodyTooLarge() {
        super("请求体超过 1 MiB");
    }
}
