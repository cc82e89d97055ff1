package cn.nianbao.app.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The error body of api.md: {@code { "error", "message", … }}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ApiError(String error, String message, String path, List<?> findings) {

    static ApiError of(String error, String message) {
        return new ApiError(error, message, null, null);
    }
}
