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
    model.addAttribute("locked", session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) instanceof LockedException);
    return "login";
  }
}
