package it.traguardo.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import it.traguardo.support.TraguardoIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The OpenAPI description and Swagger UI are public; the description names both ways to authenticate. */
@TraguardoIntegrationTest
class ApiDocumentationTest {

  @Autowired MockMvc mvc;
  @Autowired JsonMapper mapper;

  @Test
  void theDescriptionIsPublicAndDocumentsTheEndpointsAndBothSchemes() throws Exception {
    String body = mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    JsonNode api = mapper.readTree(body);
    JsonNode schemes = api.path("components").path("securitySchemes");
    assertThat(schemes.path("basic").path("scheme").asString()).isEqualTo("basic");
    assertThat(schemes.path("token").path("scheme").asString()).isEqualTo("bearer");
    assertThat(api.path("security").toString()).contains("basic").contains("token");
    assertThat(api.path("paths").propertyNames())
        .contains(
            "/api/v1/entities", "/api/v1/entities/{code}/users", "/api/v1/entities/{code}/plans", "/api/v1/plans/{id}",
            "/api/v1/plans/{id}/adopt", "/api/v1/indicators/{id}", "/api/v1/indicators/{id}/actuals/{year}/{checkpoint}")
        .allMatch(path -> path.startsWith("/api/"));
    mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk());
  }
}
