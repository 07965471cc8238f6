package io.dataaggregator.connector.jdbc;

import io.dataaggregator.engine.spi.BatchWriter;
import io.dataaggregator.engine.spi.Checkpoint;
import io.dataaggregator.engine.spi.CommonErrorCode;
import io.dataaggregator.engine.spi.ConnectorException;
import io.dataaggregator.engine.spi.WriteMode;
import io.dataaggregator.engine.spi.WriteTarget;
import io.dataaggregator.engine.type.Batch;
import io.dataaggregator.engine.type.Schema;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes one stream into one table with the dialect's bulk load, on one connection and one open
 * transaction that {@link #commit} ends together with the checkpoint. Append loads into the table;
 * overwrite into {@code <table>__dagg_new}, swapped in by {@link #finish}; upsert into a stage
 * table merged into the table on its key. A load that fails on a value is retried in halves under
 * savepoints until the offending rows are found and quarantined (see {@link RowRecovery}). Used by
 * one thread.
 */
final class TableWriter implements BatchWriter {
  static final String NEW_SUFFIX = "__dagg_new";
  static final String OLD_SUFFIX = "__dagg_old";

  private final Dialect dialect;
  private final Connection connection;
  private final JdbcConfig config;
  private final WriteTarget target;
  private final TablePrep prep;
  private final Checkpoints checkpoints;
  private final Quarantine quarantine;
  private final RowRecovery recovery;
  private final UpsertStage upsert;
  private final String loadTable;
  private final List<Object[]> inFlight = new ArrayList<>();
  private Schema loadSchema;
  private RowRecovery.Load sink;
  private BulkLoad load;
  private long received;
  private boolean dirty;

  /** Opens on a connection whose table {@link TablePrep} has prepared; takes ownership of it. */
  TableWriter(Dialect dialect, Connection connection, JdbcConfig config, WriteTarget target) {
    this.dialect = dialect;
    this.connection = connection;
    this.config = config;
    this.target = target;
    this.prep = new TablePrep(dialect, connection, config);
    this.checkpoints = new Checkpoints(dialect, connection, config);
    this.quarantine = new Quarantine(dialect, connection, config, target.table());
    this.recovery = new RowRecovery(dialect, connection, quarantine, target.stream());
    this.loadTable =
        target.mode() == WriteMode.OVERWRITE ? target.table() + NEW_SUFFIX : target.table();
    this.upsert =
        target.mode() == WriteMode.UPSERT
            ? new UpsertStage(dialect, connection, config.namespace(), target)
            : null;
    this.loadSchema = target.schema();
  }

  @Override
  public Optional<Checkpoint> resumeFrom() {
    if (target.mode() == WriteMode.OVERWRITE) {
      return Optional.of(Checkpoint.START);
    }
    try {
      return Optional.of(
          checkpoints
              .load(target.pipeline(), target.stream())
              .map(Checkpoint::new)
              .orElse(Checkpoint.START));
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  @Override
  public void write(Batch batch) {
    try {
      if (!batch.schema().equals(loadSchema)) {
        endLoad();
        reshape(batch.schema());
      }
      for (Object[] row : batch.rows()) {
        send(row);
      }
      quarantine.addAll(batch.rejections());
      dirty |= !batch.isEmpty();
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  /** Fits the table to a batch of another schema (see {@link TablePrep#reshape}). */
  private void reshape(Schema schema) throws SQLException {
    prep.reshape(loadTable, schema, target, dirty);
    loadSchema = schema;
  }

  private void send(Object[] row) throws SQLException {
    if (load == null) {
      RowRecovery.Load sink = sink(); // before the savepoint: a rollback must keep the stage table
      recovery.begin();
      load = dialect.bulkLoad(connection, sink.table(), sink.schema(), sink.columns());
    }
    received++;
    inFlight.add(row);
    try {
      load.add(row);
    } catch (BadValueException e) {
      inFlight.remove(inFlight.size() - 1);
      recovery.reject(loadSchema, row, received, e.column(), e.getMessage());
    } catch (SQLException e) {
      recover(e);
    }
    if (inFlight.size() >= config.commitRows()) {
      endLoad();
    }
  }

  /** Ends the open load (recovering bad rows), writes rejections and merges upserts. */
  private void endLoad() throws SQLException {
    if (load != null) {
      try {
        load.finish();
        recovery.succeeded();
        load = null;
        inFlight.clear();
      } catch (SQLException e) {
        recover(e);
      }
    }
    quarantine.flush();
    if (upsert != null) {
      upsert.merge(loadSchema);
    }
  }

  private void recover(SQLException e) throws SQLException {
    load.abort();
    load = null;
    var rows = List.copyOf(inFlight);
    inFlight.clear();
    // the sink of the failed load: the transaction is unusable until the recovery rolled it back
    recovery.recover(e, rows, received - rows.size() + 1, sink);
  }

  /** Where the next load goes, with the column types that pick its encoding. */
  private RowRecovery.Load sink() throws SQLException {
    String table =
        upsert != null ? upsert.stage(loadSchema) : dialect.table(config.namespace(), loadTable);
    if (sink == null || !sink.schema().equals(loadSchema)) {
      // the stage table of an upsert has the target's column types
      List<DbColumn> all = dialect.catalog(connection).columns(config.namespace(), loadTable);
      var columns = new ArrayList<DbColumn>();
      for (String name : loadSchema.names()) {
        all.stream().filter(c -> c.name().equals(name)).findFirst().ifPresent(columns::add);
      }
      sink = new RowRecovery.Load(table, loadSchema, columns);
    }
    return sink;
  }

  @Override
  public void commit(Checkpoint checkpoint) {
    try {
      endLoad();
      checkpoints.save(target.pipeline(), target.stream(), checkpoint.state());
      connection.commit();
      dirty = false;
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  @Override
  public void finish() {
    try {
      endLoad();
      if (target.mode() == WriteMode.OVERWRITE) {
        dialect.swap(connection, config.namespace(), loadTable, target.table());
      }
      connection.commit();
      dirty = false;
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  @Override
  public void close() {
    if (load != null) {
      load.abort();
      load = null;
    }
    JdbcConnections.closeQuietly(connection);
  }

  private ConnectorException failed(SQLException e) {
    return dialect.translate(
        e,
        "writing table " + config.namespace() + "." + target.table() + " in " + config.where(),
        CommonErrorCode.WRITE_FAILED);
  }
}
