package io.dataaggregator.engine.spi;

import io.dataaggregator.engine.transform.Transform;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.function.Function;

/** The sources, destinations and transforms on the class path, found by {@link ServiceLoader}. */
public final class Registry {
  private final Map<String, Source<?>> sources;
  private final Map<String, Destination<?>> destinations;
  private final Map<String, Transform<?>> transforms;

  private Registry(ClassLoader loader) {
    sources = load(Source.class, loader, s -> s.spec().id());
    destinations = load(Destination.class, loader, d -> d.spec().id());
    transforms = load(Transform.class, loader, t -> t.spec().id());
  }

  public static Registry load() {
    return new Registry(Registry.class.getClassLoader());
  }

  public static Registry load(ClassLoader loader) {
    return new Registry(loader);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static <T> Map<String, T> load(
      Class type, ClassLoader loader, Function<T, String> idOf) {
    var byId = new TreeMap<String, T>();
    for (Object service : ServiceLoader.load(type, loader)) {
      T t = (T) service;
      T clash = byId.put(idOf.apply(t), t);
      if (clash != null) {
        throw new IllegalStateException(
            "two " + type.getSimpleName() + "s share the id " + idOf.apply(t) + ": "
                + clash.getClass().getName() + ", " + t.getClass().getName());
      }
    }
    return Map.copyOf(byId);
  }

  public Optional<Source<?>> source(String id) {
    return Optional.ofNullable(sources.get(id));
  }

  public Optional<Destination<?>> destination(String id) {
    return Optional.ofNullable(destinations.get(id));
  }

  public Optional<Transform<?>> transform(String id) {
    return Optional.ofNullable(transforms.get(id));
  }

  public List<String> sourceIds() {
    return List.copyOf(new TreeMap<>(sources).keySet());
  }

  public List<String> destinationIds() {
    return List.copyOf(new TreeMap<>(destinations).keySet());
  }

  public List<String> transformIds() {
    return List.copyOf(new TreeMap<>(transforms).keySet());
  }
}
