package org.mutuality.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParseException;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.mutuality.io.InputException;
import org.mutuality.io.Position;

class InputsTest {
  private static final Position PLACE = new Position("snapshot.yml", 0, 0);

  @Test
  void aFileThatCannotBeReadIsADataSourceFailure() {
    InputException e = new InputException(PLACE, "cannot read: Input/output error", new IOException("EIO"));

    assertThat(Inputs.exitCode(e)).isEqualTo(ExitCode.SOURCE);
  }

  @Test
  void aFileThatReadsButIsMalformedIsBadInput() {
    InputException e = new InputException(PLACE, "mapping values are not allowed here",
        new JsonParseException(null, "mapping values are not allowed here"));

    assertThat(Inputs.exitCode(e)).isEqualTo(ExitCode.USAGE);
  }

  @Test
  void aMissingFileIsBadInput() {
    assertThat(Inputs.exitCode(new InputException(PLACE, "no such file"))).isEqualTo(ExitCode.USAGE);
  }
}
