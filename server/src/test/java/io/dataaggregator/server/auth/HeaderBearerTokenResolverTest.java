package io.dataaggregator.server.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

class HeaderBearerTokenResolverTest {
  private final HeaderBearerTokenResolver resolver = new HeaderBearerTokenResolver();

  @ParameterizedTest
  @ValueSource(strings = {"Bearer abc.DEF-ghi_~+/0", "bearer abc==", "BEARER a.b.c"})
  void readsTheTokenOfABearerHeaderInAnyCase(String header) {
    assertThat(resolver.resolve(request(header))).isEqualTo(header.substring(7));
  }

  @Test
  void leavesRequestsWithoutCredentialsOrWithAnotherSchemeAlone() {
    assertThat(resolver.resolve(request(null))).isNull();
    assertThat(resolver.resolve(request("Basic dXNlcjpwYXNz"))).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Bearer", "Bearer ", "Bearer  abc", "Bearer a b", "Bearer a=b", "Bearerabc"})
  void refusesAMalformedBearerToken(String header) {
    assertThatThrownBy(() -> resolver.resolve(request(header)))
        .isInstanceOf(InvalidBearerTokenException.class)
        .hasMessage("Bearer token is malformed");
  }

  @Test
  void neverReadsTheTokenFromTheQuery() {
    MockHttpServletRequest request = request(null);
    request.setParameter("access_token", "abc");
    assertThat(resolver.resolve(request)).isNull();
  }

  private static MockHttpServletRequest request(String authorization) {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/pipelines");
    if (authorization != null) {
      request.addHeader("Authorization", authorization);
    }
    return request;
  }
}
