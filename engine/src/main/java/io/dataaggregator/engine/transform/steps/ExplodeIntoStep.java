package io.dataaggregator.engine.transform.steps;

import io.dataaggregator.engine.transform.BranchingStep;
import io.dataaggregator.engine.transform.ChildStream;
import io.dataaggregator.engine.transform.StepConfigException;
import io.dataaggregator.engine.transform.StepContext;
import io.dataaggregator.engine.type.Batch;
import io.dataaggregator.engine.type.DataType;
import io.dataaggregator.engine.type.Field;
import io.dataaggregator.engine.type.Schema;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code explode} with {@code into}: every parent row goes on (without the array field unless
 * {@code keep}), and every element of its array becomes a row of the child stream: the {@code
 * parent_key} fields, the {@code index}, the element. A null or empty array makes no child row. A
 * value that is not an array, or an element that does not convert, rejects the parent row and makes
 * no child row, so a parent is never split partly.
 */
final class ExplodeIntoStep implements BranchingStep {
  private final Schema output;
  private final ChildStream child;
  private final Schema childSchema;
  private final int source;
  private final int[] parentKey;
  private final boolean withIndex;
  private final boolean keep;
  private final ArrayElements elements;
  private final StepContext context;
  private List<Object[]> children = new ArrayList<>();

  /**
   * @throws StepConfigException for a {@code parent_key} field the input does not have
   */
  ExplodeIntoStep(
      ExplodeConfig config,
      ChildStream child,
      Schema input,
      int source,
      DataType type,
      StepContext context) {
    this.child = child;
    this.source = source;
    this.parentKey = Fields.require(input, config.parentKey(), "parent_key");
    this.withIndex = config.index() != null;
    this.keep = Boolean.TRUE.equals(config.keep());
    this.elements = new ArrayElements(type);
    this.context = context;
    var parentFields = new ArrayList<>(input.fields());
    if (!keep) {
      parentFields.remove(source);
    }
    this.output = new Schema(parentFields);
    var childFields = new ArrayList<Field>();
    for (int key : parentKey) {
      childFields.add(input.field(key));
    }
    if (withIndex) {
      childFields.add(Field.of(config.index(), DataType.BIGINT));
    }
    childFields.add(Field.of(config.elementName(), type));
    this.childSchema = new Schema(childFields);
  }

  @Override
  public Schema output() {
    return output;
  }

  @Override
  public ChildStream child() {
    return child;
  }

  @Override
  public Schema childSchema() {
    return childSchema;
  }

  @Override
  public Batch apply(Batch input) {
    var out = new BatchBuilder(input, output, context);
    for (Object[] row : input.rows()) {
      List<Object> values;
      try {
        values = elements.of(row[source]);
      } catch (CastException e) {
        out.reject(row, input.schema().field(source).name(), e.getMessage());
        continue;
      }
      out.add(keep ? row : withoutArray(row));
      for (int i = 0; i < values.size(); i++) {
        children.add(childRow(row, i, values.get(i)));
      }
    }
    return out.build();
  }

  @Override
  public Batch takeChildRows() {
    var taken = new Batch(childSchema, children);
    children = new ArrayList<>();
    return taken;
  }

  private Object[] withoutArray(Object[] row) {
    Object[] out = new Object[row.length - 1];
    System.arraycopy(row, 0, out, 0, source);
    System.arraycopy(row, source + 1, out, source, row.length - source - 1);
    return out;
  }

  private Object[] childRow(Object[] parent, int position, Object element) {
    Object[] out = new Object[childSchema.size()];
    for (int k = 0; k < parentKey.length; k++) {
      out[k] = parent[parentKey[k]];
    }
    if (withIndex) {
      out[parentKey.length] = (long) position;
    }
    out[out.length - 1] = element;
    return out;
  }
}
