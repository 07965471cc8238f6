package io.dataaggregator.connector.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TemplatesTest {
  private static final Templates.Lookup LOOKUP = name -> switch (name) {
    case "inputs.objects" -> Optional.of(List.of("Account", "Contact"));
    case "inputs.limit" -> Optional.of(100);
    default -> Optional.empty();
  };

  @Test
  void aWholePlaceholderKeepsTheValuesType() {
    assertThat(Templates.render("{{ inputs.objects }}", LOOKUP)).isEqualTo(List.of("Account", "Contact"));
    assertThat(Templates.render(" {{inputs.limit}} ", LOOKUP)).isEqualTo(100);
  }

  @Test
  void insideTextAListIsCommaSeparated() {
    assertThat(Templates.render("fields={{ inputs.objects }}&n={{ inputs.limit }}", LOOKUP))
        .isEqualTo("fields=Account,Contact&n=100");
  }

  @Test
  void unknownPlaceholdersAreLeftForALaterPass() {
    assertThat(Templates.render(Map.of("q", "WHERE x >= {{ cursor }}"), LOOKUP))
        .isEqualTo(Map.of("q", "WHERE x >= {{ cursor }}"));
  }

  @Test
  void mapsAndListsAreRenderedDeeply() {
    Object out = Templates.render(Map.of("a", List.of("{{ inputs.limit }}", Map.of("b", "{{ inputs.objects }}"))), LOOKUP);
    assertThat(out).isEqualTo(Map.of("a", List.of(100, Map.of("b", List.of("Account", "Contact")))));
  }

  @Test
  void variablesListsEveryNameUsed() {
    assertThat(Templates.variables(Map.of("p", "{{ inputs.a }}-{{cursor}}", "l", List.of("{{ item }}"))))
        .containsExactlyInAnyOrder("inputs.a", "cursor", "item");
  }
}
