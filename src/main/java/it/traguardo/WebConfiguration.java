package it.traguardo;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/** How pages are served, for every module's pages. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration {

  /**
   * No rewriting of the links in pages. Boot registers {@link ResourceUrlEncodingFilter} because the webjars locator
   * turns the resource chain on; the filter then looks every link of a page up as a static file under {@code /**}
   * (four classpath folders, each searched through every jar of the application) and finds nothing for the links
   * to pages: half the server time of the plan page. The pages name the webjars without version, which the
   * resource chain still resolves when the browser asks for them; no link needs rewriting.
   */
  @Bean
  FilterRegistrationBean<ResourceUrlEncodingFilter> noResourceUrlEncoding() {
    FilterRegistrationBean<ResourceUrlEncodingFilter> registration =
        new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
    registration.setEnabled(false);
    return registration;
  }
}
