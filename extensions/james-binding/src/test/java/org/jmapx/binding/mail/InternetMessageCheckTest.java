package org.jmapx.binding.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

class InternetMessageCheckTest {
    /** A 1x1 PNG. */
    static final byte[] PNG = Base64.getDecoder().decode(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    @Test
    void aMessageShouldPass() {
        assertThatCode(() -> InternetMessageCheck.check("Subject: hi\r\n\r\nbody\r\n".getBytes(StandardCharsets.US_ASCII)))
            .doesNotThrowAnyException();
    }

    @Test
    void aMessageAfterAnMboxSeparatorShouldPass() {
        assertThatCode(() -> InternetMessageCheck.check("From alice@example.com Mon Jan  1 00:00:00 2024\nSubject: hi\n\nbody\n"
            .getBytes(StandardCharsets.US_ASCII))).doesNotThrowAnyException();
    }

    @Test
    void emptyContentShouldBeAnInvalidEmail() {
        assertThat(catchThrowableOfType(() -> InternetMessageCheck.check(new byte[0]), ImportRefusal.class).type())
            .isEqualTo("invalidEmail");
    }

    @Test
    void aPngShouldBeAnInvalidEmail() {
        assertThat(catchThrowableOfType(() -> InternetMessageCheck.check(PNG), ImportRefusal.class).type()).isEqualTo("invalidEmail");
    }

    @Test
    void textWithoutHeaderFieldsShouldBeAnInvalidEmail() {
        assertThat(catchThrowableOfType(() -> InternetMessageCheck.check("just some words\r\n".getBytes(StandardCharsets.US_ASCII)),
            ImportRefusal.class).type()).isEqualTo("invalidEmail");
    }
}
