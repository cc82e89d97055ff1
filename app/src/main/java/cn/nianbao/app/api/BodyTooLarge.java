package cn.nianbao.app.api;

import cn.nianbao.domain.i18n.Messages;

/** A request body over the API's limit of 1 MiB. */
class BodyTooLarge extends RuntimeException {

    BodyTooLarge() {
        super(Messages.of("api").get("too_large"));
    }
}
