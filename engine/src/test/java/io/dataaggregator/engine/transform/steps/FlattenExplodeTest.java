package io.dataaggregator.engine.transform.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dataaggregator.engine.transform.StepChain;
import io.dataaggregator.engine.transform.StepCounts;
import io.dataaggregator.engine.transform.Steps;
import io.dataaggregator.engine.transform.TestData;
import io.dataaggregator.engine.type.Batch;
import io.dataaggregator.engine.type.DataType;
import io.dataaggregator.engine.type.Field;
import io.dataaggregator.engine.type.JsonText;
import org.junit.jupiter.api.Test;

/** flatten and explode on the USGS earthquakes GeoJSON features. */
class FlattenExplodeTest {
  private final Batch quakes = TestData.json("earthquakes-60.json");

  @Test
  void flattensNestedObjectsIntoTypedColumnsInPlace() {
    Batch out =
        Steps.run(
            """
            - flatten:
                properties: {mag: double, place: string, felt: int, tsunami: boolean}
                geometry: [type, coordinates.2]
            """,
            quakes);
    assertThat(out.schema().names())
        .containsExactly(
            "type",
            "properties_mag",
            "properties_place",
            "properties_felt",
            "properties_tsunami",
            "geometry_type",
            "geometry_coordinates_2",
            "id");
    assertThat(out.schema().field(6))
        .isEqualTo(Field.of("geometry_coordinates_2", DataType.STRING));
    assertThat(out.rows().getFirst())
        .containsExactly(
            "Feature", 2.0, "4km W of Castaic, CA", null, false, "Point", "26.49", "ci37868143");
    assertThat(out.rejections()).isEmpty();
  }

  @Test
  void aValueOfTheWrongTypeRejectsTheRowWithThePath() {
    Batch out = Steps.run("- flatten: {properties: {place: double}}", quakes);
    assertThat(out.rows()).isEmpty();
    assertThat(out.rejections().getFirst().reason())
        .isEqualTo("properties.place '4km W of Castaic, CA' is not a number");
    assertThat(out.rejections().getFirst().field()).isEqualTo("properties");
  }

  @Test
  void explodesArraysIntoChildRowsCountedAsProduced() {
    StepChain chain =
        Steps.chain(
            """
            - flatten: {geometry: {coordinates: json}}
            - explode: {field: geometry_coordinates, type: double, as: coordinate, index: axis}
            """,
            quakes.schema());
    Batch out = chain.apply(quakes);
    assertThat(out.schema().names())
        .containsExactly("type", "properties", "coordinate", "axis", "id");
    assertThat(out.size()).isEqualTo(180);
    assertThat(out.rows().subList(0, 3))
        .extracting(r -> r[2], r -> r[3], r -> r[4])
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(-118.6671667, 0L, "ci37868143"),
            org.assertj.core.groups.Tuple.tuple(34.4945, 1L, "ci37868143"),
            org.assertj.core.groups.Tuple.tuple(26.49, 2L, "ci37868143"));
    StepCounts explode = chain.counts().get(1);
    assertThat(explode.rowsIn()).isEqualTo(60);
    assertThat(explode.rowsOut()).isEqualTo(180);
    assertThat(explode.produced()).isEqualTo(120);
    assertThat(explode.filtered()).isZero();
  }

  @Test
  void explodeRejectsWhatIsNotAnArrayAndKeepsParentsOfEmptyOnes() {
    Batch out = Steps.run("- explode: geometry", quakes);
    assertThat(out.rows()).isEmpty();
    assertThat(out.rejections()).hasSize(60);
    assertThat(out.rejections().getFirst().reason())
        .startsWith("is not a JSON array: '{\"type\":\"Point\"");
    var schema =
        io.dataaggregator.engine.type.Schema.of(
            Field.of("id", DataType.STRING), Field.of("tags", DataType.JSON));
    Batch empty =
        Steps.run(
            "- explode: tags",
            new Batch(
                schema,
                java.util.List.of(
                    new Object[] {"a", new JsonText("[]")}, new Object[] {"b", null})));
    assertThat(empty.rows())
        .extracting(r -> r[0], r -> r[1])
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("a", null),
            org.assertj.core.groups.Tuple.tuple("b", null));
  }

  @Test
  void refusesFieldsThatHoldNoJson() {
    assertThatThrownBy(
            () -> Steps.chain("- flatten: {id: [x]}", TestData.json("cars-300.json").schema()))
        .hasMessageContaining("unknown field 'id'");
    Batch cars = TestData.json("cars-300.json");
    assertThatThrownBy(() -> Steps.chain("- flatten: {Cylinders: [x]}", cars.schema()))
        .hasMessageContaining("'Cylinders' is bigint; flatten reads json or JSON text fields");
    assertThatThrownBy(() -> Steps.chain("- explode: Horsepower", cars.schema()))
        .hasMessageContaining("explode reads json arrays");
    assertThatThrownBy(
            () ->
                Steps.chain(
                    "- flatten: {properties: {mag: {type: double, name: id}}}", quakes.schema()))
        .hasMessageContaining("duplicate field name 'id'");
  }

  @Test
  void explodesIntoAChildStreamWithTheParentKeyAndLeavesTheParentWithoutTheArray() {
    StepChain chain =
        Steps.chain(
            """
            - flatten: {geometry: {coordinates: json}}
            - explode:
                field: geometry_coordinates
                type: double
                as: coordinate
                index: axis
                into: quake_coordinates
                parent_key: [id]
            """,
            quakes.schema());
    Batch parents = chain.apply(quakes);
    assertThat(parents.schema().names()).containsExactly("type", "properties", "id");
    assertThat(parents.size()).isEqualTo(60);
    assertThat(chain.children())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.step()).isEqualTo(1);
              assertThat(c.stream())
                  .isEqualTo(
                      new io.dataaggregator.engine.transform.ChildStream(
                          "quake_coordinates", java.util.List.of("id", "axis")));
              assertThat(c.schema().fields())
                  .containsExactly(
                      Field.of("id", DataType.STRING),
                      Field.of("axis", DataType.BIGINT),
                      Field.of("coordinate", DataType.DOUBLE));
            });
    Batch children = chain.takeChildRows().getFirst();
    assertThat(children.size()).isEqualTo(180);
    assertThat(children.rows().subList(0, 3))
        .extracting(r -> r[0], r -> r[1], r -> r[2])
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("ci37868143", 0L, -118.6671667),
            org.assertj.core.groups.Tuple.tuple("ci37868143", 1L, 34.4945),
            org.assertj.core.groups.Tuple.tuple("ci37868143", 2L, 26.49));
    assertThat(chain.takeChildRows().getFirst().rows()).as("taken once").isEmpty();
    StepCounts explode = chain.counts().get(1);
    assertThat(explode.rowsOut()).isEqualTo(60);
    assertThat(explode.produced()).as("child rows are the child stream's").isZero();
  }

  @Test
  void explodeIntoRejectsAParentWhoseElementDoesNotConvertAndMakesNoChildRowForIt() {
    var schema =
        io.dataaggregator.engine.type.Schema.of(
            Field.of("id", DataType.STRING), Field.of("tags", DataType.JSON));
    StepChain chain =
        Steps.chain(
            "- explode: {field: tags, type: int, into: tag_values, parent_key: [id], keep: true}",
            schema);
    Batch out =
        chain.apply(
            new Batch(
                schema,
                java.util.List.of(
                    new Object[] {"a", new JsonText("[1, \"x\", 3]")},
                    new Object[] {"b", new JsonText("\"1,2\"")},
                    new Object[] {"c", new JsonText("[]")},
                    new Object[] {"d", null},
                    new Object[] {"e", new JsonText("[7, null]")})));
    assertThat(out.rows()).extracting(r -> r[0]).containsExactly("c", "d", "e");
    assertThat(out.schema().names()).as("keep: true").containsExactly("id", "tags");
    assertThat(out.rejections())
        .extracting(r -> r.field(), r -> r.reason())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("tags", "element 1 'x' is not a number"),
            org.assertj.core.groups.Tuple.tuple("tags", "is not a JSON array: '\"1,2\"'"));
    assertThat(chain.takeChildRows().getFirst().rows())
        .extracting(r -> r[0], r -> r[1])
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("e", 7),
            org.assertj.core.groups.Tuple.tuple("e", null));
  }

  @Test
  void explodeIntoNamesAParentKeyFieldTheInputLacks() {
    assertThatThrownBy(
            () ->
                Steps.chain(
                    "- explode: {field: geometry, into: g, parent_key: [idd]}", quakes.schema()))
        .hasMessage(
            "step 1 (explode): parent_key[0]: unknown field 'idd' (did you mean 'id'?); fields are"
                + " [type, properties, geometry, id]");
  }
}
