package it.traguardo.api;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Writes every {@link ApiProblem} the same way, whichever module's endpoint threw it. */
@RestControllerAdvice
class ApiProblems {

  @ExceptionHandler
  ResponseEntity<ApiProblem.Body> on(ApiProblem problem) {
    return ResponseEntity.status(problem.status()).body(problem.body());
  }
}
