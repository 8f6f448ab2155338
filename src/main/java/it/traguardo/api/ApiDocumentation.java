package it.traguardo.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The OpenAPI description served at /v3/api-docs (and read by Swagger UI at /swagger-ui.html). */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

  static final String BASIC = "basic";
  static final String TOKEN = "token";

  static {
    // endpoints that build their JSON as a tree answer with an object whose fields the description cannot list
    SpringDocUtils.getConfig().replaceWithSchema(ObjectNode.class, new ObjectSchema()).replaceWithSchema(ArrayNode.class, new ArraySchema());
  }

  @Bean
  OpenAPI traguardoOpenApi() {
    return new OpenAPI()
        .info(
            new Info()
                .title("Traguardo API")
                .version("v1")
                .description(
                    "Il ciclo della performance di un ente: piani, indicatori, valori raggiunti, enti e utenti. "
                        + "Ogni chiamata porta le proprie credenziali (HTTP Basic oppure un token personale creato nel profilo), "
                        + "senza sessione e senza token CSRF. Date in formato ISO (AAAA-MM-GG), numeri con il punto decimale. "
                        + "Errori correggibili: {\"field\", \"message\"}; fuori dai propri enti 404, senza il ruolo 403, senza credenziali 401.")
                .license(new License().name("EUPL-1.2").url("https://interoperable-europe.ec.europa.eu/collection/eupl/eupl-text-eupl-12")))
        .components(
            new Components()
                .addSecuritySchemes(
                    BASIC,
                    new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic").description("Nome utente e password."))
                .addSecuritySchemes(
                    TOKEN,
                    new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .bearerFormat("trg_…")
                        .description("Token di accesso personale, creato e revocato dall'utente nella pagina /profilo.")))
        .addSecurityItem(new SecurityRequirement().addList(BASIC))
        .addSecurityItem(new SecurityRequirement().addList(TOKEN));
  }
}
