package org.jmapx.binding.webpush;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the VAPID key pair from a PEM file (a PKCS#8 "PRIVATE KEY" and its X.509 "PUBLIC KEY", what
 * {@code openssl ecparam -name prime256v1 -genkey | openssl pkcs8 -topk8 -nocrypt} plus
 * {@code openssl ec -pubout} give), or generates one and writes it there, readable by its owner only.
 */
final class VapidKeyFile {
    private static final Pattern BLOCK = Pattern.compile("-----BEGIN ([A-Z ]+)-----([A-Za-z0-9+/=\\s]+)-----END \\1-----");

    private VapidKeyFile() {
    }

    static VapidKeyPair loadOrGenerate(Path file) {
        if (!Files.exists(file)) {
            try {
                write(file, generate());
            } catch (FileAlreadyExistsException e) {
                // another node of the same conf/ wrote it first: use theirs
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot write the VAPID key to " + file, e);
            }
        }
        return read(file);
    }

    static VapidKeyPair read(Path file) {
        try {
            String pem = Files.readString(file, StandardCharsets.US_ASCII);
            KeyFactory factory = KeyFactory.getInstance("EC");
            ECPrivateKey privateKey = null;
            ECPublicKey publicKey = null;
            Matcher block = BLOCK.matcher(pem);
            while (block.find()) {
                byte[] der = Base64.getMimeDecoder().decode(block.group(2));
                switch (block.group(1)) {
                    case "PRIVATE KEY" -> privateKey = (ECPrivateKey) factory.generatePrivate(new PKCS8EncodedKeySpec(der));
                    case "PUBLIC KEY" -> publicKey = (ECPublicKey) factory.generatePublic(new X509EncodedKeySpec(der));
                    default -> {
                    }
                }
            }
            if (privateKey == null || publicKey == null) {
                throw new IllegalStateException(file + " must hold a PKCS#8 PRIVATE KEY and its PUBLIC KEY (docs/webpush-vapid.md)");
            }
            if (privateKey.getParams().getCurve().getField().getFieldSize() != 256) {
                throw new IllegalStateException(file + " must hold a P-256 key (RFC 8292 3.2)");
            }
            return new VapidKeyPair(privateKey, publicKey);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the VAPID key " + file, e);
        } catch (GeneralSecurityException | ClassCastException e) {
            throw new IllegalStateException("Not a P-256 key pair: " + file, e);
        }
    }

    static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("P-256 is not available", e);
        }
    }

    static void write(Path file, KeyPair pair) throws IOException {
        String pem = block("PRIVATE KEY", pair.getPrivate().getEncoded()) + block("PUBLIC KEY", pair.getPublic().getEncoded());
        Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), ".vapid", ".tmp");
        try {
            try {
                Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the directory's protection applies
            }
            Files.writeString(temporary, pem, StandardCharsets.US_ASCII);
            // without REPLACE_EXISTING: never replaces a key file another node wrote meanwhile
            Files.move(temporary, file);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static String block(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
            + "\n-----END " + type + "-----\n";
    }
}
