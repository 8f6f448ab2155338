package it.traguardo.api;

import org.springframework.http.HttpStatus;

/**
 * A refused API call that the caller can fix, answered as {@code {"field": …, "message": …}} with its status: the
 * input at fault (a body field, a path part, a header such as If-Match; null when no single one is) and what was
 * expected, in Italian. Thrown from any API controller; {@link ApiProblems} writes the response.
 */
public final class ApiProblem extends RuntimeException {

  private final HttpStatus status;
  private final String field;

  public ApiProblem(HttpStatus status, String field, String message) {
    super(message, null, false, false);
    this.status = status;
    this.field = field;
  }

  /** 422: the request is well formed but a value does not fit. */
  public static ApiProblem invalid(String field, String message) {
    return new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, field, message);
  }

  public HttpStatus status() {
    return status;
  }

  public String field() {
    return field;
  }

  /** The response body. */
  public record Body(String field, String message) {}

  public Body body() {
    return new Body(field, getMessage());
  }
}
