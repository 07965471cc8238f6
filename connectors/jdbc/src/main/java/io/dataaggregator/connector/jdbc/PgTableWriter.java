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
 * Writes one stream into one PostgreSQL table with COPY, on one connection and one open transaction
 * that {@link #commit} ends together with the checkpoint. Append copies into the table; overwrite
 * into {@code <table>__dagg_new}, swapped in by {@link #finish}; upsert into a temporary table
 * merged into the table on its key. A COPY that fails on a value is retried in halves under
 * savepoints until the offending rows are found and quarantined (see {@link RowRecovery}). Used by
 * one thread.
 */
final class PgTableWriter implements BatchWriter {
  static final String NEW_SUFFIX = "__dagg_new";
  private static final PostgresDialect DIALECT = PostgresDialect.INSTANCE;

  private final Connection connection;
  private final PostgresConfig config;
  private final WriteTarget target;
  private final PgTablePrep prep;
  private final PgCheckpoints checkpoints;
  private final PgQuarantine quarantine;
  private final RowRecovery recovery;
  private final PgUpsertStage upsert;
  private final String loadTable;
  private final List<Object[]> inFlight = new ArrayList<>();
  private Schema loadSchema;
  private RowRecovery.Load sink;
  private BulkLoad load;
  private long received;

  /** Opens on a connection whose table {@link PgTablePrep} has prepared; takes ownership of it. */
  PgTableWriter(Connection connection, PostgresConfig config, WriteTarget target) {
    this.connection = connection;
    this.config = config;
    this.target = target;
    this.prep = new PgTablePrep(connection, config);
    this.checkpoints = new PgCheckpoints(connection, config.schema());
    this.quarantine = new PgQuarantine(connection, config.schema(), target.table());
    this.recovery = new RowRecovery(connection, quarantine, target.stream());
    this.loadTable =
        target.mode() == WriteMode.OVERWRITE ? target.table() + NEW_SUFFIX : target.table();
    this.upsert =
        target.mode() == WriteMode.UPSERT
            ? new PgUpsertStage(connection, config.schema(), target)
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
        prep.prepare(loadTable, batch.schema(), target);
        loadSchema = batch.schema();
      }
      for (Object[] row : batch.rows()) {
        send(row);
      }
      quarantine.addAll(batch.rejections());
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  private void send(Object[] row) throws SQLException {
    if (load == null) {
      RowRecovery.Load sink = sink(); // before the savepoint: a rollback must keep the stage table
      recovery.begin();
      load = DIALECT.bulkLoad(connection, sink.table(), sink.schema(), sink.columns());
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

  /** Ends the open COPY (recovering bad rows), writes rejections and merges upserts. */
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
    // the sink of the failed COPY: the transaction is unusable until the recovery rolled it back
    recovery.recover(e, rows, received - rows.size() + 1, sink);
  }

  /** Where the next COPY goes, with the column types that pick its encoding. */
  private RowRecovery.Load sink() throws SQLException {
    String table =
        upsert != null ? upsert.stage(loadSchema) : DIALECT.table(config.schema(), loadTable);
    if (sink == null || !sink.schema().equals(loadSchema)) {
      // the stage table of an upsert has the target's column types
      List<DbColumn> all = new PgCatalog(connection).columns(config.schema(), loadTable);
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
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  @Override
  public void finish() {
    try {
      endLoad();
      if (target.mode() == WriteMode.OVERWRITE) {
        new PgSwap(connection, config.schema()).swap(loadTable, target.table());
      }
      connection.commit();
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
    PgConnections.closeQuietly(connection);
  }

  private ConnectorException failed(SQLException e) {
    return DIALECT.translate(
        e,
        "writing table " + config.schema() + "." + target.table() + " in " + config.where(),
        CommonErrorCode.WRITE_FAILED);
  }
}
