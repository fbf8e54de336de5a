package org.jmapx.binding.webpush;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VapidKeyFileTest {
    @TempDir
    Path directory;

    @Test
    void aMissingKeyFileShouldBeGeneratedOnceAndReadBackAsTheSameKey() throws Exception {
        Path file = directory.resolve("vapid-key.pem");

        VapidKeyPair generated = VapidKeyFile.loadOrGenerate(file);
        VapidKeyPair again = VapidKeyFile.loadOrGenerate(file);

        assertThat(again.applicationServerKey()).isEqualTo(generated.applicationServerKey());
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
    }

    @Test
    void theApplicationServerKeyShouldBeTheUncompressedPointInUnpaddedBase64Url() {
        VapidKeyPair keys = VapidKeyFile.loadOrGenerate(directory.resolve("k.pem"));

        byte[] point = java.util.Base64.getUrlDecoder().decode(keys.applicationServerKey());
        assertThat(point).hasSize(65);
        assertThat(point[0]).isEqualTo((byte) 4);
        assertThat(keys.applicationServerKey()).hasSize(87);
    }

    @Test
    void aFileWithoutThePublicKeyShouldBeRefusedWithItsName() throws Exception {
        Path file = directory.resolve("broken.pem");
        Files.writeString(file, "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n");

        assertThatThrownBy(() -> VapidKeyFile.read(file)).hasMessageContaining("broken.pem");
    }

    @Test
    void aReplacedKeyFileShouldBeReloaded() throws Exception {
        Path file = directory.resolve("vapid-key.pem");
        ReloadingVapidKeys keys = new ReloadingVapidKeys(file);
        String before = keys.current().applicationServerKey();

        Path next = directory.resolve("next.pem");
        VapidKeyFile.write(next, VapidKeyFile.generate());
        Files.move(next, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        assertThat(keys.current().applicationServerKey()).isNotEqualTo(before)
            .isEqualTo(VapidKeyFile.read(file).applicationServerKey());
    }
}
