package io.dataaggregator.server.live;

import io.dataaggregator.server.auth.AccessPolicy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;
import org.springframework.web.socket.server.standard.ServletServerContainerFactoryBean;
import tools.jackson.databind.json.JsonMapper;

/**
 * Serves the live WebSocket at {@code /ws}. Any origin may connect: the socket is authorized by an
 * access token in the URL or the first message, never by cookies, so another site's page gains
 * nothing by opening it.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSocket
class LiveSocketConfig implements WebSocketConfigurer {
  static final String PATH = "/ws";

  private final LiveHub hub;
  private final LiveTokens tokens;
  private final AccessPolicy policy;
  private final JsonMapper json;

  LiveSocketConfig(LiveHub hub, LiveTokens tokens, AccessPolicy policy, JsonMapper json) {
    this.hub = hub;
    this.tokens = tokens;
    this.policy = policy;
    this.json = json;
  }

  /**
   * Small per-session buffers: clients send only short JSON (a token, a subscription), and Tomcat
   * allocates these for every open socket, which adds up at ten thousand sockets.
   */
  @Bean
  ServletServerContainerFactoryBean webSocketContainer() {
    ServletServerContainerFactoryBean container = new ServletServerContainerFactoryBean();
    container.setMaxTextMessageBufferSize(2048);
    container.setMaxBinaryMessageBufferSize(1024);
    return container;
  }

  @Override
  public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
    registry
        .addHandler(new LiveHandler(hub, tokens, policy, json), PATH)
        .addInterceptors(new LiveHandshake(tokens))
        .setAllowedOriginPatterns("*");
  }
}
