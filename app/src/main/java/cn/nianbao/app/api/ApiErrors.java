package cn.nianbao.app.api;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import cn.nianbao.app.web.ErrorBodies;
import cn.nianbao.domain.interchange.ReportJsonException;
import cn.nianbao.domain.i18n.Messages;
import cn.nianbao.domain.refusal.Refusal;
import cn.nianbao.domain.rule.Finding;

/**
 * Every failure of the API becomes the error body of api.md with the right status. The body is JSON whatever the
 * client said it accepts (the content type is set, so no negotiation can turn an error into a 406 or HTML).
 */
@RestControllerAdvice(basePackages = "cn.nianbao.app.api")
class ApiErrors {

    private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);
    private static final Messages TEXT = Messages.of("api");

    static ResponseEntity<ApiError> reply(HttpStatus status, ApiError body) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
    }

    @ExceptionHandler(ReportJsonException.class)
    ResponseEntity<ApiError> badJson(ReportJsonException e) {
        return reply(HttpStatus.BAD_REQUEST, new ApiError("BAD_REPORT_JSON", e.getMessage(), e.path(), null));
    }

    @ExceptionHandler(Refusal.class)
    ResponseEntity<ApiError> refused(Refusal e) {
        HttpStatus status = switch (e.kind()) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case STALE -> HttpStatus.PRECONDITION_FAILED;
        };
        List<?> details = e.details().stream()
                .map(d -> d instanceof Finding f ? FindingBody.of(f) : d).toList();
        return reply(status, new ApiError(e.code(), e.getMessage(), e.field(), details.isEmpty() ? null : details));
    }

    @ExceptionHandler(BodyTooLarge.class)
    ResponseEntity<ApiError> tooLarge(BodyTooLarge e) {
        return reply(HttpStatus.PAYLOAD_TOO_LARGE, ApiError.of("PAYLOAD_TOO_LARGE", e.getMessage()));
    }

    // an upload over spring.servlet.multipart.max-file-size (the onboarding sheets) is refused before any
    // controller runs; it gets the same 413 as a body that is too large, never the 500 below
    @ExceptionHandler(org.springframework.web.multipart.MaxUploadSizeExceededException.class)
    ResponseEntity<ApiError> uploadTooLarge(org.springframework.web.multipart.MaxUploadSizeExceededException e) {
        return reply(HttpStatus.PAYLOAD_TOO_LARGE, ApiError.of("PAYLOAD_TOO_LARGE", TEXT.get("upload_too_large")));
    }

    // a multipart body that cannot be parsed (no boundary, cut short): the client's doing, never a 500
    @ExceptionHandler(org.springframework.web.multipart.MultipartException.class)
    ResponseEntity<ApiError> badUpload(org.springframework.web.multipart.MultipartException e) {
        return reply(HttpStatus.BAD_REQUEST, ApiError.of("BAD_REQUEST", TEXT.get("upload_unreadable")));
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class})
    ResponseEntity<ApiError> unreadable(Exception e) {
        return reply(HttpStatus.BAD_REQUEST, ApiError.of("BAD_REQUEST", TEXT.get("unreadable")));
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    ResponseEntity<ApiError> missingHeader(MissingRequestHeaderException e) {
        return reply(HttpStatus.PRECONDITION_REQUIRED,
                ApiError.of("PRECONDITION_REQUIRED", TEXT.get("missing_header", e.getHeaderName())));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ApiError> method(HttpRequestMethodNotSupportedException e) {
        return reply(HttpStatus.METHOD_NOT_ALLOWED,
                ApiError.of("METHOD_NOT_ALLOWED", TEXT.get("method_not_allowed", e.getMethod())));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ApiError> mediaType(HttpMediaTypeNotSupportedException e) {
        return reply(HttpStatus.UNSUPPORTED_MEDIA_TYPE, ApiError.of("UNSUPPORTED_MEDIA_TYPE", TEXT.get("media_type")));
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ApiError> noSuchPath(NoResourceFoundException e) {
        return reply(HttpStatus.NOT_FOUND, ApiError.of("NOT_FOUND", TEXT.get("no_such_path")));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiError> unexpected(Exception e) {
        // Spring's own request failures (a missing parameter, 406 on writing) carry their status: the client's doing
        if (e instanceof ErrorResponse known && known.getStatusCode().is4xxClientError()) {
            int status = known.getStatusCode().value();
            return reply(HttpStatus.valueOf(status), ApiError.of(ErrorBodies.code(status), ErrorBodies.message(status, null)));
        }
        LOG.error("unexpected API failure", e);
        return reply(HttpStatus.INTERNAL_SERVER_ERROR, ApiError.of("INTERNAL_ERROR", TEXT.get("internal")));
    }
}
