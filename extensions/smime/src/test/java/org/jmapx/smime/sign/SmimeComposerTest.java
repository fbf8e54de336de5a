package org.jmapx.smime.sign;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.bouncycastle.cms.CMSEnvelopedData;
import org.bouncycastle.cms.RecipientInformation;
import org.bouncycastle.cms.jcajce.JceKeyAgreeEnvelopedRecipient;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.jmapx.smime.SmimeStatus;
import org.jmapx.smime.testing.TestMessages;
import org.jmapx.smime.testing.TestPki;
import org.jmapx.smime.verify.SmimeVerifier;
import org.jmapx.smime.verify.TrustAnchors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SmimeComposerTest {
    private static final TestPki PKI = TestPki.create();
    private static final SigningIdentity ALICE = PKI.user("alice@example.com");
    private static final SigningIdentity BOB = PKI.user("bob@example.com");
    private static final byte[] MESSAGE = TestMessages.plain("alice@example.com", "bob@example.com", "quarterly", "the numbers");

    @Test
    void aSignedMessageShouldKeepItsHeadersOutsideAndVerify() {
        byte[] signed = SmimeComposer.compose(MESSAGE, Optional.of(ALICE), List.of());

        String text = new String(signed, StandardCharsets.US_ASCII);
        assertThat(text).contains("Subject: quarterly").contains("multipart/signed");
        assertThat(new SmimeVerifier(Clock.systemUTC()).verify(signed, new TrustAnchors(List.of(PKI.rootCertificate()), List.of()), Instant.now())
            .status()).isEqualTo(SmimeStatus.SIGNED_VERIFIED);
    }

    @Test
    void anEncryptedMessageShouldOpenWithTheRecipientKeyUsingBouncyCastleDirectly() throws Exception {
        byte[] encrypted = SmimeComposer.compose(MESSAGE, Optional.empty(), List.of(BOB.certificate()));

        String text = new String(encrypted, StandardCharsets.US_ASCII);
        assertThat(text).contains("Subject: quarterly").contains("smime-type=enveloped-data").doesNotContain("the numbers");
        String base64 = text.substring(text.indexOf("\r\n\r\n", text.indexOf("enveloped-data")) + 4);
        CMSEnvelopedData data = new CMSEnvelopedData(Base64.getMimeDecoder().decode(base64));
        RecipientInformation recipient = data.getRecipientInfos().getRecipients().iterator().next();
        byte[] content = recipient.getContent(new JceKeyAgreeEnvelopedRecipient(BOB.privateKey()).setProvider(new BouncyCastleProvider()));
        assertThat(new String(content, StandardCharsets.US_ASCII)).contains("the numbers");
    }

    @Test
    void aSignedThenEncryptedMessageShouldDecryptAndVerifyWithOpensslWhenPresent(@TempDir Path directory) throws Exception {
        Path openssl = Path.of("/usr/bin/openssl");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(openssl), "openssl not installed");
        byte[] message = SmimeComposer.compose(MESSAGE, Optional.of(ALICE), List.of(BOB.certificate()));
        Files.write(directory.resolve("message.eml"), message);
        Files.writeString(directory.resolve("bob.pem"), TestPki.pem(BOB.certificate()) + "-----BEGIN PRIVATE KEY-----\n"
            + Base64.getMimeEncoder().encodeToString(BOB.privateKey().getEncoded()) + "\n-----END PRIVATE KEY-----\n");
        Files.writeString(directory.resolve("root.pem"), TestPki.pem(PKI.rootCertificate()));
        Files.writeString(directory.resolve("chain.pem"), TestPki.pem(ALICE.chain().toArray()));

        // openssl smime (PKCS#7) cannot read ECDH key agreement; openssl cms can
        run(directory, openssl.toString(), "cms", "-decrypt", "-in", "message.eml", "-recip", "bob.pem", "-out", "inner.eml");
        run(directory, openssl.toString(), "cms", "-verify", "-in", "inner.eml", "-CAfile", "root.pem",
            "-certfile", "chain.pem", "-out", "content.txt");

        assertThat(Files.readString(directory.resolve("content.txt"))).contains("the numbers");
    }

    private static void run(Path directory, String... command) throws Exception {
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(output).isZero();
    }
}
