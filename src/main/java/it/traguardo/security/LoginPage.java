package it.traguardo.security;

import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The login form; Spring Security handles its POST. */
@Controller
class LoginPage {

  @GetMapping("/login")
  String login(HttpSession session, Model model) {
    Object failure = session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    model.addAttribute("locked", failure instanceof Throwable thrown && isLockout(thrown));
    return "login";
  }

  /** A locked login: thrown by the provider, or by the user lookup for an unknown username (then wrapped). */
  private static boolean isLockout(Throwable failure) {
    return failure instanceof LockedException || failure.getCause() instanceof LockedException;
  }
}
