package io.dataaggregator.server.pipeline;

import io.dataaggregator.engine.inspect.ChildPreview;
import io.dataaggregator.engine.inspect.FieldProfile;
import io.dataaggregator.engine.inspect.StepPreview;
import io.dataaggregator.engine.type.Field;
import io.dataaggregator.engine.type.Rejection;
import java.util.List;

/** What preview and profile answer: rows and figures as JSON-safe values (see {@link JsonSafe}). */
final class InspectResponses {
  /** Raw input of a rejected row is cut here: a preview is for reading. */
  static final int RAW_MAX = 4000;

  private InspectResponses() {}

  /** The rows after each node: the source (step 0), then each step applied. */
  record Preview(List<Node> steps) {
    static Preview of(List<StepPreview> previews) {
      return new Preview(previews.stream().map(Node::of).toList());
    }
  }

  /**
   * @param rejected the rows this node rejected, with reasons
   * @param children the rows this node sent into child streams (explode with into); usually empty
   */
  record Node(
      int step,
      String name,
      List<FieldView> fields,
      List<Object[]> rows,
      List<Rejected> rejected,
      List<Child> children) {
    static Node of(StepPreview p) {
      return new Node(
          p.step(),
          p.name(),
          p.schema().fields().stream().map(FieldView::of).toList(),
          p.rows().stream().map(JsonSafe::row).toList(),
          p.rejected().stream().map(Rejected::of).toList(),
          p.children().stream().map(Child::of).toList());
    }
  }

  /** The rows a node sent into a child stream. */
  record Child(String stream, List<FieldView> fields, List<Object[]> rows) {
    static Child of(ChildPreview c) {
      return new Child(
          c.stream(),
          c.schema().fields().stream().map(FieldView::of).toList(),
          c.rows().stream().map(JsonSafe::row).toList());
    }
  }

  record FieldView(String name, String type, boolean nullable) {
    static FieldView of(Field f) {
      return new FieldView(f.name(), f.type().toString(), f.nullable());
    }
  }

  /**
   * @param position line or row number in the source; 0 if unknown
   * @param field the field at fault; empty for the whole row
   */
  record Rejected(long position, String field, String reason, String raw) {
    static Rejected of(Rejection r) {
      String raw = r.raw().length() <= RAW_MAX ? r.raw() : r.raw().substring(0, RAW_MAX) + "…";
      return new Rejected(r.position(), r.field(), r.reason(), raw);
    }
  }

  /** The profile of the output's fields. */
  record Profile(List<FieldFigures> fields) {
    static Profile of(List<FieldProfile> profiles) {
      return new Profile(profiles.stream().map(FieldFigures::of).toList());
    }
  }

  /**
   * One field's figures on the sample.
   *
   * @param distinct an estimate (about 1% error)
   * @param conformance share of values that fit the type
   */
  record FieldFigures(
      String field,
      String type,
      long count,
      long nulls,
      double nullShare,
      long distinct,
      Object min,
      Object max,
      List<FieldProfile.ValueCount> top,
      double conformance) {
    static FieldFigures of(FieldProfile p) {
      return new FieldFigures(
          p.field(),
          p.type().toString(),
          p.count(),
          p.nulls(),
          p.nullShare(),
          p.distinct(),
          JsonSafe.value(p.min()),
          JsonSafe.value(p.max()),
          p.top(),
          p.conformance());
    }
  }
}
