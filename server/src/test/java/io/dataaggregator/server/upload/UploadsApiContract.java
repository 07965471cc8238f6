package io.dataaggregator.server.upload;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataaggregator.server.auth.Role;
import io.dataaggregator.server.testing.Api.Reply;
import io.dataaggregator.server.testing.Api.Session;
import io.dataaggregator.server.testing.ServerIT;
import io.dataaggregator.server.testing.TestDataDirectory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Chunked, resumable uploads over HTTP: resume, size limit, type checks, use by a pipeline. */
public abstract class UploadsApiContract extends ServerIT {
  private static final String OCTETS = "application/octet-stream";

  private Reply put(Session s, String id, long offset, byte[] chunk) {
    return RawHttp.send(
        port, "PUT", "/api/v1/uploads/" + id + "?offset=" + offset, s.token(), OCTETS, chunk);
  }

  private static String start(Session s, String fileName, Long size) {
    var body = new HashMap<String, Object>();
    body.put("fileName", fileName);
    if (size != null) {
      body.put("size", size);
    }
    return s.post("/api/v1/uploads", body).expect(201).text("id");
  }

  @Test
  void aChunkedUploadResumesWhereItStoppedAndFeedsAPipeline() {
    Session designer = loginAs(Role.DESIGNER);
    byte[] file = "id,origin,delay\n1,LAX,5\n2,SFO,7\n3,JFK,-2\n".getBytes(StandardCharsets.UTF_8);
    byte[] first = Arrays.copyOfRange(file, 0, 20);
    byte[] rest = Arrays.copyOfRange(file, 20, file.length);
    String id = start(designer, "my flights.csv", (long) file.length);

    assertThat(put(designer, id, 0, first).expect(200).body().get("receivedBytes").asLong())
        .isEqualTo(20);
    // The client lost the answer and sends the same chunk again: told where the upload stands.
    Reply again = put(designer, id, 0, first).expectProblem(409, null);
    assertThat(again.body().get("receivedBytes").asLong()).isEqualTo(20);
    Reply state = designer.get("/api/v1/uploads/" + id).expect(200);
    assertThat(state.body().get("receivedBytes").asLong()).isEqualTo(20);
    assertThat(state.body().get("complete").asBoolean()).isFalse();
    designer.post("/api/v1/uploads/" + id + "/complete", null).expectProblem(409, null);

    put(designer, id, 20, rest).expect(200);
    Reply done = designer.post("/api/v1/uploads/" + id + "/complete", null).expect(200);
    String path = done.text("path");
    assertThat(Path.of(path))
        .startsWith(TestDataDirectory.directory().resolve("uploads"))
        .hasFileName("my flights.csv")
        .hasBinaryContent(file);
    put(designer, id, file.length, first).expectProblem(409, null);

    String yaml =
        "name: "
            + uniqueName("uploaded")
            + "\nsource:\n  connector: csv\n  config:\n    path: "
            + path
            + "\ndestination:\n  connector: json\n  config:\n    path: "
            + path.replace("my flights.csv", "out")
            + "\n";
    Reply preview = designer.post("/api/v1/pipelines/preview", Map.of("yaml", yaml)).expect(200);
    assertThat(preview.body().get("steps").get(0).get("rows").size()).isEqualTo(3);
  }

  @Test
  void theSizeLimitHoldsWhenAnnouncedAndWhileBytesArrive() {
    Session designer = loginAs(Role.DESIGNER);
    designer
        .post("/api/v1/uploads", Map.of("fileName", "big.csv", "size", 3L << 20))
        .expectProblem(413, null);
    String id = start(designer, "big.csv", null);
    byte[] line = "1,abcdefghijklmnopqrstuvwxyz\n".getBytes(StandardCharsets.UTF_8);
    byte[] tooBig = new byte[(2 << 20) + line.length];
    for (int i = 0; i + line.length <= tooBig.length; i += line.length) {
      System.arraycopy(line, 0, tooBig, i, line.length);
    }
    Reply refused = put(designer, id, 0, tooBig).expectProblem(413, null);
    assertThat(refused.body().get("maxBytes").asLong()).isEqualTo(2 << 20);
    assertThat(
            designer.get("/api/v1/uploads/" + id).expect(200).body().get("receivedBytes").asLong())
        .isZero();
    put(designer, id, 0, Arrays.copyOf(tooBig, 1 << 20)).expect(200);

    String announced = start(designer, "small.csv", 10L);
    put(designer, announced, 0, "id,name\n1,Ann\n".getBytes(StandardCharsets.UTF_8))
        .expectProblem(413, null);
  }

  @Test
  void onlyFilesOfTheTypesSourcesReadAreAccepted() {
    Session designer = loginAs(Role.DESIGNER);
    designer.post("/api/v1/uploads", Map.of("fileName", "tool.exe")).expectProblem(415, null);
    String csv = start(designer, "data.csv", null);
    byte[] binary = {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0};
    Reply refused = put(designer, csv, 0, binary).expectProblem(415, null);
    assertThat(refused.text("detail")).contains("data.csv");
    assertThat(designer.get("/api/v1/uploads/" + csv).body().get("receivedBytes").asLong())
        .isZero();
    String json = start(designer, "data.json", null);
    put(designer, json, 0, "id,name\n1,Ann\n".getBytes(StandardCharsets.UTF_8))
        .expectProblem(415, null);
    String gz = start(designer, "data.csv.gz", null);
    put(designer, gz, 0, new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0}).expect(200);
    put(designer, gz, 0, new byte[] {1}).expectProblem(409, null);
  }

  @Test
  void uploadsAreListedDeletedAndGuardedByPermissions() throws Exception {
    Session designer = loginAs(Role.DESIGNER);
    String id = start(designer, "gone.csv", null);
    put(designer, id, 0, "a\n1\n".getBytes(StandardCharsets.UTF_8)).expect(200);
    Session viewer = loginAs(Role.VIEWER);
    assertThat(viewer.get("/api/v1/uploads").expect(200).body().findValuesAsString("id"))
        .contains(id);
    viewer.post("/api/v1/uploads", Map.of("fileName", "x.csv")).expect(403);
    put(viewer, id, 4, "2\n".getBytes(StandardCharsets.UTF_8)).expect(403);
    designer.delete("/api/v1/uploads/" + id).expect(204);
    designer.get("/api/v1/uploads/" + id).expectProblem(404, null);
    assertThat(Files.exists(TestDataDirectory.directory().resolve("uploads").resolve(id)))
        .isFalse();
    put(designer, "not-a-uuid", 0, new byte[] {1}).expectProblem(400, "id");
  }
}
