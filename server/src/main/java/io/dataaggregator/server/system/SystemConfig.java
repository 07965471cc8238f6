package io.dataaggregator.server.system;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Beans every feature may use: the data directory, the clock and the OpenAPI description. */
@Configuration(proxyBeanMethods = false)
class SystemConfig {
  /** Name of the bearer (JWT access token) scheme in the OpenAPI document. */
  static final String BEARER = "bearer";

  /** Name of the API key scheme in the OpenAPI document. */
  static final String API_KEY = "apiKey";

  @Bean
  DataDirectory dataDirectory(@Value("${" + DataDirectory.PROPERTY + ":./data}") String dir) {
    return DataDirectory.open(dir);
  }

  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }

  @Bean
  OpenAPI openApi() {
    return new OpenAPI()
        .info(
            new Info()
                .title("Data Aggregator API")
                .version("v1")
                .description(
                    "Errors are application/problem+json. Every operation names the permission it"
                        + " needs in x-permission."))
        .components(
            new Components()
                .addSecuritySchemes(
                    BEARER,
                    new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .bearerFormat("JWT"))
                .addSecuritySchemes(
                    API_KEY,
                    new SecurityScheme()
                        .type(SecurityScheme.Type.APIKEY)
                        .in(SecurityScheme.In.HEADER)
                        .name("X-API-Key")))
        .addSecurityItem(new SecurityRequirement().addList(BEARER))
        .addSecurityItem(new SecurityRequirement().addList(API_KEY));
  }
}
