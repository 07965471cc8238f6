package io.dataaggregator.server.system;

import java.io.IOException;
import java.util.Set;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.PathResourceResolver;

/**
 * Serves the web console (the UI build, copied into {@code static/} of the jar) and answers its
 * client-side routes such as {@code /pipelines/123} with {@code index.html}, so a reload or a shared
 * link opens the right page. Paths of the API, WebSocket, Actuator and OpenAPI, and any path whose
 * last segment has a dot (a missing asset), keep their 404.
 *
 * <p>This is a resource handler rather than a {@code @Controller}: a controller method here would
 * need {@code auth.PublicEndpoint}, and {@code system} must not depend on {@code auth} (which
 * depends on {@code system}). Resource handlers are not handler methods, so the permission check
 * lets them through, like any static file. Registered first so that Boot's own {@code /**} static
 * mapping steps aside.
 */
@Configuration(proxyBeanMethods = false)
@Order(Ordered.HIGHEST_PRECEDENCE)
class SpaFallbackController implements WebMvcConfigurer {
  private static final Set<String> SERVER_PATHS =
      Set.of("api", "ws", "actuator", "v3", "swagger-ui", "swagger-ui.html", "error");

  @Override
  public void addResourceHandlers(ResourceHandlerRegistry registry) {
    registry
        .addResourceHandler("/**")
        .addResourceLocations("classpath:/static/")
        .resourceChain(true)
        .addResolver(new ConsoleResolver());
  }

  /** Whether a request path (without the leading slash) is a page of the console. */
  static boolean isClientRoute(String path) {
    String first = path.contains("/") ? path.substring(0, path.indexOf('/')) : path;
    String last = path.substring(path.lastIndexOf('/') + 1);
    return !SERVER_PATHS.contains(first) && !last.contains(".");
  }

  /** A file of the build if there is one, else index.html for console routes. */
  private static final class ConsoleResolver extends PathResourceResolver {
    @Override
    protected Resource getResource(String resourcePath, Resource location) throws IOException {
      if (!resourcePath.isEmpty() && !resourcePath.endsWith("/")) {
        Resource requested = super.getResource(resourcePath, location);
        if (requested != null) {
          return requested;
        }
      }
      return isClientRoute(resourcePath) ? super.getResource("index.html", location) : null;
    }
  }
}
