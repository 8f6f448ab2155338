package it.traguardo.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;

import it.traguardo.organization.Users;
import it.traguardo.support.TraguardoIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Five wrong passwords lock the username for a while, even for the right password; other users are unaffected. */
@TraguardoIntegrationTest
class LoginThrottleTest {

  @Autowired MockMvc mvc;
  @Autowired Users users;

  @Test
  void tooManyWrongPasswordsLockTheUsername() throws Exception {
    users.create("bersaglio", "la-password-giusta", false);
    users.create("vicino", "la-password-giusta", false);
    mvc.perform(formLogin().user("bersaglio").password("la-password-giusta")).andExpect(authenticated());
    for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
      mvc.perform(formLogin().user("bersaglio").password("sbagliata-" + i)).andExpect(unauthenticated());
    }
    MvcResult locked = mvc.perform(formLogin().user("bersaglio").password("la-password-giusta")).andExpect(unauthenticated()).andReturn();
    String page =
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/login?error")
                .session((org.springframework.mock.web.MockHttpSession) locked.getRequest().getSession()))
            .andReturn().getResponse().getContentAsString();
    assertThat(page).contains("Troppi tentativi non riusciti");
    mvc.perform(formLogin().user("vicino").password("la-password-giusta")).andExpect(authenticated());
  }

  @Test
  void anUnknownUsernameIsLockedTheSameWaySoTheMessageTellsNothing() throws Exception {
    for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
      mvc.perform(formLogin().user("nessuno-con-questo-nome").password("sbagliata-" + i)).andExpect(unauthenticated());
    }
    MvcResult locked = mvc.perform(formLogin().user("nessuno-con-questo-nome").password("ancora")).andExpect(unauthenticated()).andReturn();
    String page =
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/login?error")
                .session((org.springframework.mock.web.MockHttpSession) locked.getRequest().getSession()))
            .andReturn().getResponse().getContentAsString();
    assertThat(page).contains("Troppi tentativi non riusciti");
  }
}
