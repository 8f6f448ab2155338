package it.traguardo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import it.traguardo.support.TraguardoIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Without the link-rewriting filter, pages keep the links as written and every one of them still resolves. */
@TraguardoIntegrationTest
class WebConfigurationTest {

  @Autowired MockMvc mvc;

  @Test
  void pagesNameStaticFilesAsWrittenAndTheyAreServed() throws Exception {
    String page = mvc.perform(get("/")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

    String css = "/webjars/bootstrap-italia/dist/css/bootstrap-italia.min.css";
    String script = "/webjars/bootstrap-italia/dist/js/bootstrap-italia.bundle.min.js";
    assertThat(page).contains("href=\"" + css + "\"", "href=\"/css/traguardo.css\"", "src=\"" + script + "\"",
        "src=\"/js/traguardo.js\"");
    // the webjar's version is found when the browser asks, not written into the page
    for (String file : new String[] {css, script, "/css/traguardo.css", "/js/traguardo.js"}) {
      assertThat(mvc.perform(get(file)).andReturn().getResponse().getStatus()).as(file).isEqualTo(200);
    }
  }
}
