package cn.nianbao.domain.user;

/** Who a valid bearer token acts for, with the roles the person holds at this moment. */
public record TokenBearer(long tokenId, Actor actor) {
}
