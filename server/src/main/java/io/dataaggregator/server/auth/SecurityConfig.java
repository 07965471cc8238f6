package io.dataaggregator.server.auth;

import io.dataaggregator.server.system.DataDirectory;
import jakarta.servlet.DispatcherType;
import java.util.Map;
import javax.crypto.SecretKey;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.MappedJwtClaimSetConverter;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Authentication (who is calling) for the whole server. Authorization (what they may do) is NOT
 * decided here but by {@link Requires} on each controller method, checked by {@code
 * PermissionInterceptor}; the chain therefore lets requests through to it. The only URL rules are
 * for Actuator, whose endpoints are not our controllers.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {
  /** What the Actuator endpoints other than health need (Prometheus scraping, metrics). */
  static final Permission ACTUATOR_PERMISSION = Permission.MONITORING_READ;

  @Bean
  SecurityFilterChain securityFilterChain(
      HttpSecurity http,
      ApiKeys apiKeys,
      Accounts accounts,
      AccessPolicy policy,
      AccessTokenConverter tokenConverter,
      ProblemResponses problems)
      throws Exception {
    http.csrf(csrf -> csrf.disable()) // no cookies: tokens travel in headers only
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .httpBasic(basic -> basic.disable())
        .formLogin(form -> form.disable())
        .logout(logout -> logout.disable())
        .requestCache(cache -> cache.disable())
        .authorizeHttpRequests(
            requests ->
                requests
                    .dispatcherTypeMatchers(DispatcherType.ERROR)
                    .permitAll()
                    .requestMatchers("/actuator/health", "/actuator/health/**")
                    .permitAll()
                    .requestMatchers("/actuator/**")
                    .hasAuthority(ACTUATOR_PERMISSION.name())
                    // Our controllers: PermissionInterceptor checks @Requires/@PublicEndpoint.
                    // Everything else is public by nature: OpenAPI document, Swagger UI, console.
                    .anyRequest()
                    .permitAll())
        .oauth2ResourceServer(
            resourceServer ->
                resourceServer
                    .bearerTokenResolver(new HeaderBearerTokenResolver())
                    .jwt(jwt -> jwt.jwtAuthenticationConverter(tokenConverter))
                    .authenticationEntryPoint(problems)
                    .accessDeniedHandler(problems))
        .exceptionHandling(
            exceptions ->
                exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
        .addFilterBefore(
            new ApiKeyFilter(apiKeys, accounts, policy), BearerTokenAuthenticationFilter.class);
    return http.build();
  }

  /**
   * No observation (trace span and timer) around each of the chain's filters: we export no traces,
   * {@code http.server.requests} already times every request, and wrapping a dozen filters per
   * request was a tenth of a read's CPU under load.
   */
  @Bean
  SecurityObservationSettings securityObservationSettings() {
    return SecurityObservationSettings.noObservations();
  }

  @Bean
  SecretKey jwtKey(@Value("${dagg.jwt.secret:}") String secret, DataDirectory dataDirectory) {
    return JwtKey.load(secret, dataDirectory);
  }

  @Bean
  JwtEncoder jwtEncoder(SecretKey jwtKey) {
    return NimbusJwtEncoder.withSecretKey(jwtKey).build();
  }

  @Bean
  JwtDecoder jwtDecoder(SecretKey jwtKey, AuthProperties auth) {
    NimbusJwtDecoder decoder =
        NimbusJwtDecoder.withSecretKey(jwtKey).macAlgorithm(MacAlgorithm.HS256).build();
    // Our issuer is a name, not a URL: the default claim conversion tries URL first and throws
    // (and catches) an exception on every request before settling for the text.
    decoder.setClaimSetConverter(
        MappedJwtClaimSetConverter.withDefaults(Map.of(JwtClaimNames.ISS, issuer -> issuer)));
    OAuth2TokenValidator<Jwt> validator =
        new DelegatingOAuth2TokenValidator<>(
            JwtValidators.createDefaultWithIssuer(AccessTokens.ISSUER));
    decoder.setJwtValidator(validator);
    return new VerifiedTokenCache(decoder, validator, auth.accessTokenTtl(), 100_000);
  }

  /** Argon2id with Spring Security's current defaults (16 MiB, 2 iterations): slow on purpose. */
  @Bean
  PasswordEncoder passwordEncoder() {
    return Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
  }
}
