package io.dataaggregator.server.auth;

import java.util.List;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Wires authorization into Spring MVC: the permission check before every handler, {@link
 * CurrentUser} as a controller parameter, and the permission of each operation in the OpenAPI
 * document ({@code x-permission}: a {@link Permission} name or {@code PUBLIC}).
 */
@Configuration(proxyBeanMethods = false)
class AuthWebConfig implements WebMvcConfigurer {
  static final String PERMISSION_EXTENSION = "x-permission";
  static final String PUBLIC = "PUBLIC";

  static {
    SpringDocUtils.getConfig().addRequestWrapperToIgnore(CurrentUser.class);
  }

  private final AccessPolicy policy;

  AuthWebConfig(AccessPolicy policy) {
    this.policy = policy;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(new PermissionInterceptor(policy));
  }

  @Override
  public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
    resolvers.add(new CurrentUserResolver());
  }

  @Bean
  OperationCustomizer permissionInOpenApi() {
    return (operation, handler) -> {
      Requires requires = handler.getMethodAnnotation(Requires.class);
      if (handler.hasMethodAnnotation(PublicEndpoint.class)) {
        operation.addExtension(PERMISSION_EXTENSION, PUBLIC);
        operation.setSecurity(List.of()); // no credentials needed
      } else if (requires != null) {
        operation.addExtension(PERMISSION_EXTENSION, requires.value().name());
        String note = "Requires the permission " + requires.value().name() + ".";
        operation.setDescription(
            operation.getDescription() == null ? note : operation.getDescription() + "\n\n" + note);
      }
      return operation;
    };
  }

  /** Supplies the caller; reaching a handler without one means the handler is public. */
  private static final class CurrentUserResolver implements HandlerMethodArgumentResolver {
    @Override
    public boolean supportsParameter(MethodParameter parameter) {
      return parameter.getParameterType() == CurrentUser.class;
    }

    @Override
    public CurrentUser resolveArgument(
        MethodParameter parameter,
        ModelAndViewContainer container,
        NativeWebRequest request,
        WebDataBinderFactory binderFactory) {
      return PermissionInterceptor.current().orElseThrow(PermissionInterceptor::unauthenticated);
    }
  }
}
