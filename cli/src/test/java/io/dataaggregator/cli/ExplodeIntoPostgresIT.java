package io.dataaggregator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataaggregator.engine.pipeline.PipelineReader;
import io.dataaggregator.engine.plan.Plan;
import io.dataaggregator.engine.plan.PlanCompiler;
import io.dataaggregator.engine.run.FileStateStore;
import io.dataaggregator.engine.run.Ledger;
import io.dataaggregator.engine.run.LocalRunner;
import io.dataaggregator.engine.run.RunListener;
import io.dataaggregator.engine.run.RunOptions;
import io.dataaggregator.engine.run.RunResult;
import io.dataaggregator.engine.run.StreamResult;
import io.dataaggregator.engine.spi.Registry;
import io.dataaggregator.testkit.ThrowawayPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * explode with into, written to PostgreSQL: the example pipeline on the USGS earthquakes of
 * vega-datasets, and a run stopped by the database between the child's and the parent's commit.
 */
class ExplodeIntoPostgresIT {
  @RegisterExtension static final ThrowawayPostgres PG = new ThrowawayPostgres();

  @TempDir Path dir;

  private static final Path EXAMPLES = Path.of("..", "examples").toAbsolutePath().normalize();

  private Plan plan(String yaml) {
    var env = Map.of("PGDATABASE", PG.database());
    return new PlanCompiler(Registry.load()).compile(new PipelineReader(env::get).parse(yaml, "quakes.yaml"));
  }

  private String example() throws IOException {
    return Files.readString(EXAMPLES.resolve("quakes-to-postgres.yaml"))
        .replace("examples/data/earthquakes-60.json", EXAMPLES.resolve("data/earthquakes-60.json").toString());
  }

  private RunResult run(Plan plan) {
    return new LocalRunner(new FileStateStore(dir.resolve("state")), RunOptions.DEFAULT.withCommitRows(100),
        RunListener.NONE).run(plan);
  }

  private static List<List<Object>> query(String sql) throws SQLException {
    try (Connection c = PG.connect(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
      var rows = new ArrayList<List<Object>>();
      while (r.next()) {
        var row = new ArrayList<Object>();
        for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
          row.add(r.getObject(i));
        }
        rows.add(row);
      }
      return rows;
    }
  }

  private static long count(String sql) throws SQLException {
    return ((Number) query(sql).getFirst().getFirst()).longValue();
  }

  @Test
  void theQuakesExampleUpsertsQuakesAndTheirCoordinatesKeyedByIdAndAxis() throws Exception {
    Plan plan = plan(example());
    RunResult first = run(plan);
    RunResult second = run(plan);

    for (RunResult r : List.of(first, second)) {
      assertThat(r.succeeded()).as(r.toString()).isTrue();
      assertThat(r.streams()).extracting(StreamResult::stream, StreamResult::ledger).containsExactly(
          org.assertj.core.groups.Tuple.tuple("earthquakes-60", new Ledger(60, 60, 0, 0, 0, r.streams().getFirst().ledger().bytes())),
          org.assertj.core.groups.Tuple.tuple("quake_coordinates", new Ledger(0, 180, 0, 0, 180, 0)));
    }
    assertThat(count("SELECT count(*) FROM quakes")).isEqualTo(60);
    assertThat(count("SELECT count(*) FROM quake_coordinates")).isEqualTo(180);
    assertThat(query("SELECT axis, value FROM quake_coordinates WHERE id = 'ci37868143' ORDER BY axis"))
        .containsExactly(List.of(0L, -118.6671667), List.of(1L, 34.4945), List.of(2L, 26.49));
    assertThat(query("""
        SELECT a.attname FROM pg_index i JOIN pg_attribute a
          ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey)
        WHERE i.indrelid = 'quake_coordinates'::regclass AND i.indisprimary ORDER BY a.attname"""))
        .containsExactly(List.of("axis"), List.of("id"));
    assertThat(query("SELECT column_name FROM information_schema.columns WHERE table_name = 'quakes'"))
        .doesNotContain(List.of("geometry_coordinates"));
  }

  @Test
  void aRunStoppedBetweenTheChildsAndTheParentsCommitResumesWithoutLosingOrDuplicatingARow() throws Exception {
    // 70 copies of the 60 quakes: 4,200 rows, read as two batches, so the run commits twice.
    Path folder = Files.createDirectories(dir.resolve("quakes"));
    for (int i = 0; i < 70; i++) {
      Files.copy(EXAMPLES.resolve("data/earthquakes-60.json"), folder.resolve("part-%02d.json".formatted(i)));
    }
    String yaml = example()
        .replace("path: " + EXAMPLES.resolve("data/earthquakes-60.json"), "path: " + folder + "\n    stream: quakes")
        .replace("mode: upsert", "mode: append")
        .replace("\n  key: [id]", "")
        .replace("table: quakes", "table: copies")
        .replace("quake_coordinates", "copy_coordinates");
    Plan plan = plan(yaml);
    RunResult first = run(plan);
    assertThat(first.succeeded()).as(first.toString()).isTrue();
    PG.execute(
        "CREATE SEQUENCE parent_commits",
        """
        CREATE FUNCTION stop_second_parent_commit() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF NEW.stream = 'quakes' AND nextval('parent_commits') = 2 THEN
            RAISE EXCEPTION 'simulated crash before the parent''s commit';
          END IF;
          RETURN NEW;
        END $$""",
        "CREATE TRIGGER stop BEFORE UPDATE ON _dagg_checkpoints FOR EACH ROW"
            + " EXECUTE FUNCTION stop_second_parent_commit()");

    RunResult stopped = run(plan);

    assertThat(stopped.succeeded()).as(stopped.toString()).isFalse();
    assertThat(stopped.outcome().toString()).contains("simulated crash before the parent's commit");
    assertThat(count("SELECT count(*) FROM copy_coordinates")).as("the child committed the whole second run")
        .isEqualTo(2 * 12_600);
    assertThat(count("SELECT count(*) FROM copies")).as("the parent only its first batch").isEqualTo(4_200 + 4_096);

    PG.execute("DROP TRIGGER stop ON _dagg_checkpoints");
    RunResult resumed = run(plan);

    assertThat(resumed.succeeded()).as(resumed.toString()).isTrue();
    assertThat(resumed.streams()).extracting(s -> s.ledger().written()).containsExactly(104L, 0L);
    assertThat(count("SELECT count(*) FROM copies")).isEqualTo(2 * 4_200);
    assertThat(count("SELECT count(*) FROM copy_coordinates")).isEqualTo(2 * 12_600);
    assertThat(query("SELECT id, axis, count(*) FROM copy_coordinates GROUP BY id, axis HAVING count(*) <> 140"))
        .as("every coordinate of every quake twice per copy, none lost, none doubled").isEmpty();
    assertThat(count("SELECT count(DISTINCT (id, axis)) FROM copy_coordinates")).isEqualTo(180);
  }
}
