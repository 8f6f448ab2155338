package it.traguardo.security;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The login form; Spring Security handles its POST. */
@Controller
class LoginPage {

  @GetMapping("/login")
  String login() {
    return "login";
  }
}
