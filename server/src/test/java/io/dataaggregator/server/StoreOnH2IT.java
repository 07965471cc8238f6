package io.dataaggregator.server;

import io.dataaggregator.server.alert.AlertsApiContract;
import io.dataaggregator.server.audit.AuditApiContract;
import io.dataaggregator.server.auth.AuthApiContract;
import io.dataaggregator.server.auth.RoleWalkContract;
import io.dataaggregator.server.auth.TotpAndApiKeysContract;
import io.dataaggregator.server.schedule.SchedulesApiContract;
import io.dataaggregator.server.connection.ConnectionsApiContract;
import io.dataaggregator.server.pipeline.PipelineInspectContract;
import io.dataaggregator.server.pipeline.PipelinesApiContract;
import io.dataaggregator.server.retention.LoginRetentionContract;
import io.dataaggregator.server.retention.RetentionContract;
import io.dataaggregator.server.live.LiveContract;
import io.dataaggregator.server.run.RunControlContract;
import io.dataaggregator.server.run.RunHistoryContract;
import io.dataaggregator.server.run.RunsApiContract;
import io.dataaggregator.server.testing.OnH2;
import io.dataaggregator.server.upload.UploadsApiContract;
import io.dataaggregator.server.user.UsersApiContract;
import org.junit.jupiter.api.Nested;

/**
 * Every API contract against one server on the embedded H2 store. A feature adds its contract as
 * one more {@code @Nested} class here and in {@link StoreOnPostgresIT}; all of them share one
 * server, so the suite stays fast.
 */
@OnH2
class StoreOnH2IT {
  @Nested
  class Auth extends AuthApiContract {}

  @Nested
  class TotpAndApiKeys extends TotpAndApiKeysContract {}

  @Nested
  class Users extends UsersApiContract {}

  @Nested
  class Schedules extends SchedulesApiContract {}

  @Nested
  class Alerts extends AlertsApiContract {}

  @Nested
  class Audit extends AuditApiContract {}

  @Nested
  class Connections extends ConnectionsApiContract {}

  @Nested
  class Pipelines extends PipelinesApiContract {}

  @Nested
  class PipelineInspection extends PipelineInspectContract {}

  @Nested
  class Uploads extends UploadsApiContract {}

  /** On the embedded store the DEVELOPER role is on by default. */
  @Nested
  class RoleWalk extends RoleWalkContract {}

  @Nested
  class Runs extends RunsApiContract {}

  @Nested
  class RunHistory extends RunHistoryContract {}

  @Nested
  class RunControl extends RunControlContract {}

  @Nested
  class Live extends LiveContract {}

  @Nested
  class Retention extends RetentionContract {}

  @Nested
  class LoginRetention extends LoginRetentionContract {}
}
