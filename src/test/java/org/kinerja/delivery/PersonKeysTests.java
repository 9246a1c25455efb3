package org.kinerja.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonKeysTests {

    @Test
    void plainAsciiTextGivesTheSameKeyAsTheUnicodePath() {
        assertThat(PersonKeys.normalise("  John   SMITH 3 ")).isEqualTo("john smith 3");
        assertThat(PersonKeys.normalise("John\tSmith")).isEqualTo("john smith");
        assertThat(PersonKeys.normalise("José  O'Brien")).isEqualTo("jose obrien");
        assertThat(PersonKeys.normalise("   ")).isEmpty();
        assertThat(PersonKeys.normalise(null)).isEmpty();
        assertThat(PersonKeys.name("Siti", "Rahman")).isEqualTo("siti rahman");
        assertThat(PersonKeys.agency("Attorney-General's Office")).isEqualTo("attorneygenerals office");
    }
}
