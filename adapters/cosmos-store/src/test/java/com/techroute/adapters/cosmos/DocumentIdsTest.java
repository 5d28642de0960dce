package com.techroute.adapters.cosmos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DocumentIdsTest {

    @Test
    void keepsLettersDigitsAndSafePunctuation() {
        assertThat(DocumentIds.of("msp-north|T-1001|0")).isEqualTo("msp-north|T-1001|0");
        assertThat(DocumentIds.of("a.b_c:d@e")).isEqualTo("a.b_c:d@e");
    }

    @Test
    void encodesCharactersCosmosRejects() {
        assertThat(DocumentIds.of("a/b\\c?d#e")).isEqualTo("a%2Fb%5Cc%3Fd%23e");
    }

    @Test
    void encodesPercentTildeAndSpace() {
        assertThat(DocumentIds.of("50% ~ok")).isEqualTo("50%25%20%7Eok");
    }

    @Test
    void encodesNonAsciiAsUtf8() {
        assertThat(DocumentIds.of("Zürich")).isEqualTo("Z%C3%BCrich");
    }

    @Test
    void encodedFormDoesNotCollideWithRaw() {
        assertThat(DocumentIds.of("a%2Fb")).isNotEqualTo(DocumentIds.of("a/b"));
    }

    @Test
    void longIdIsShortenedWithHash() {
        String id = DocumentIds.of("x".repeat(300));

        assertThat(id).hasSize(DocumentIds.KEPT_PREFIX + 1 + 64);
        assertThat(id).startsWith("x".repeat(DocumentIds.KEPT_PREFIX) + "~");
        assertThat(id.length()).isLessThanOrEqualTo(DocumentIds.MAX_LENGTH);
    }

    @Test
    void longIdsWithSamePrefixDiffer() {
        String prefix = "y".repeat(DocumentIds.MAX_LENGTH);

        assertThat(DocumentIds.of(prefix + "1")).isNotEqualTo(DocumentIds.of(prefix + "2"));
    }

    @Test
    void idAtMaxLengthIsKept() {
        String id = "z".repeat(DocumentIds.MAX_LENGTH);

        assertThat(DocumentIds.of(id)).isEqualTo(id);
    }

    @Test
    void emptyIdIsRejected() {
        assertThatThrownBy(() -> DocumentIds.of("")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("empty");
    }
}
