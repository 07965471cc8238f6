package io.dataaggregator.server.secret;

import io.dataaggregator.server.system.DataDirectory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The server's one {@link SecretCipher}, keyed as {@link SecretKeyFile} says. */
@Configuration(proxyBeanMethods = false)
class SecretConfig {
  @Bean
  SecretCipher secretCipher(SecretProperties properties, DataDirectory dataDirectory) {
    return new SecretCipher(SecretKeyFile.load(properties.key(), dataDirectory));
  }
}
