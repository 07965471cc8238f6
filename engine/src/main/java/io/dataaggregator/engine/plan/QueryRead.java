package io.dataaggregator.engine.plan;

import io.dataaggregator.engine.pipeline.Endpoint;
import io.dataaggregator.engine.spi.CommonErrorCode;
import io.dataaggregator.engine.spi.ConnectorException;
import io.dataaggregator.engine.spi.QueryReader;
import io.dataaggregator.engine.transform.ReferenceQuery;
import io.dataaggregator.engine.transform.ReferenceRows;
import io.dataaggregator.engine.transform.StepConfigException;
import io.dataaggregator.engine.type.Batch;
import io.dataaggregator.engine.type.Rejection;
import java.util.ArrayList;
import java.util.function.Supplier;

/**
 * Reads every row of one reference query, up to its row limit. A row the connector could not decode
 * fails the read: a reference table missing a row would quietly turn matches into misses. Failures
 * name the setting at fault and keep the connector's error code.
 */
final class QueryRead {
  private final ReferenceQuery query;
  private final Supplier<QueryReader> open;

  QueryRead(ReferenceQuery query, Supplier<QueryReader> open) {
    this.query = query;
    this.open = open;
  }

  ReferenceRows all() {
    try (QueryReader reader = open.get()) {
      var rows = new ArrayList<Object[]>();
      for (Batch b = reader.next(); b != null; b = reader.next()) {
        if (!b.rejections().isEmpty()) {
          throw unreadable(b.rejections().getFirst());
        }
        if (rows.size() + b.size() > query.maxRows()) {
          throw tooMany();
        }
        rows.addAll(b.rows());
      }
      return new ReferenceRows(reader.schema(), rows);
    } catch (StepConfigException e) {
      throw e;
    } catch (ConnectorException e) {
      String field = settingAtFault(e);
      throw new StepConfigException(e.errorCode(), field, field + ": " + e.getMessage(), e);
    }
  }

  /** Reaching the database is the connection's business; everything else is the query's. */
  private String settingAtFault(ConnectorException e) {
    boolean connecting =
        e.errorCode() == CommonErrorCode.UNREACHABLE
            || e.errorCode() == CommonErrorCode.AUTH_FAILED;
    if (!connecting) {
      return query.settingOf("sql");
    }
    return query.settingOf(
        query.endpoint() instanceof Endpoint.Connection ? "connection" : "config");
  }

  private StepConfigException unreadable(Rejection r) {
    String field = query.settingOf("sql");
    return new StepConfigException(
        CommonErrorCode.READ_FAILED,
        field,
        field + ": row " + r.position() + " of the query cannot be read: " + r.reason(),
        null);
  }

  private StepConfigException tooMany() {
    String field = query.settingOf("sql");
    return new StepConfigException(
        field,
        field
            + ": the query returns more than "
            + query.maxRows()
            + " rows; a lookup is for small reference tables (filter or aggregate in the query)");
  }
}
