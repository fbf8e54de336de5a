package org.jmapx.contacts.vcard;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Reads the test files of src/test/resources/vcard (see its README for their origin). */
final class VCardResources {
    static final List<String> SAMPLES = List.of("John_Doe_ANDROID.vcf", "John_Doe_BLACK_BERRY.vcf", "John_Doe_EVOLUTION.vcf",
        "John_Doe_GMAIL.vcf", "John_Doe_IPHONE.vcf", "John_Doe_LOTUS_NOTES.vcf", "John_Doe_MAC_ADDRESS_BOOK.vcf",
        "John_Doe_MS_OUTLOOK.vcf", "fullcontact.vcf", "gmail-list.vcf", "gmail-single.vcf", "gmail-single2.vcf",
        "issue114.vcf", "outlook-2003.vcf", "outlook-2007.vcf", "rfc2426-example.vcf", "rfc6350-example.vcf",
        "thunderbird-MoreFunctionsForAddressBook-extension.vcf");

    /** Hand-written for this project, imitating those clients (real-world/MANIFEST.md): not real exports. */
    static final List<String> REAL_WORLD = List.of("apple-contacts-3.0.vcf", "google-contacts-3.0.vcf", "outlook-2.1.vcf",
        "android-2.1.vcf", "nokia-2.1-without-version.vcf", "defects-and-groups.vcf");

    private VCardResources() {
    }

    static String read(String path) {
        try (InputStream in = VCardResources.class.getResourceAsStream("/vcard/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource vcard/" + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sample(String name) {
        return read("ez-vcard-samples/" + name);
    }

    /** The card without the VERSION that import keeps in vCardProps: exported files are always 4.0. */
    static ObjectNode withoutVersionProp(ObjectNode card) {
        ObjectNode copy = card.deepCopy();
        if (copy.get("vCardProps") instanceof ArrayNode props) {
            for (int i = props.size() - 1; i >= 0; i--) {
                if (props.get(i).get(0).asText().equals("version")) {
                    props.remove(i);
                }
            }
            if (props.isEmpty()) {
                copy.remove("vCardProps");
            }
        }
        return copy;
    }
}
