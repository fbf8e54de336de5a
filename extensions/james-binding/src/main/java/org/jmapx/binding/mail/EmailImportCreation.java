package org.jmapx.binding.mail;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.mail.Flags;

import org.apache.james.jmap.mail.BlobId;
import org.apache.james.mailbox.model.MailboxId;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One EmailImport object of RFC 8621 4.8, read on its own so that a bad one is refused alone:
 * blobId and mailboxIds (one or more) are required, keywords default to {} and receivedAt to the
 * time of import.
 */
record EmailImportCreation(BlobId blobId, List<MailboxId> mailboxIds, Flags flags, Instant receivedAt) {
    private static final Set<String> PROPERTIES = Set.of("blobId", "mailboxIds", "keywords", "receivedAt");

    static EmailImportCreation read(JsonNode emailImport, MailboxId.Factory mailboxIdFactory, Instant now) throws ImportRefusal {
        if (!emailImport.isObject()) {
            throw ImportRefusal.of("invalidArguments", "An EmailImport must be an object");
        }
        List<String> unknown = new ArrayList<>();
        emailImport.fieldNames().forEachRemaining(name -> {
            if (!PROPERTIES.contains(name)) {
                unknown.add(name);
            }
        });
        if (!unknown.isEmpty()) {
            throw ImportRefusal.invalidProperties("Unknown EmailImport properties " + unknown, unknown.toArray(String[]::new));
        }
        return new EmailImportCreation(blobId(emailImport.get("blobId")), mailboxIds(emailImport.get("mailboxIds"), mailboxIdFactory),
            ImportKeywords.asFlags(emailImport.get("keywords")), receivedAt(emailImport.get("receivedAt"), now));
    }

    private static BlobId blobId(JsonNode value) throws ImportRefusal {
        if (value == null || !value.isTextual()) {
            throw ImportRefusal.invalidProperties("blobId is required and must be a string", "blobId");
        }
        scala.util.Try<BlobId> blobId = BlobId.of(value.asText());
        if (blobId.isFailure()) {
            throw ImportRefusal.invalidProperties("blobId is not an Id (RFC 8620 1.2)", "blobId");
        }
        return blobId.get();
    }

    private static List<MailboxId> mailboxIds(JsonNode value, MailboxId.Factory factory) throws ImportRefusal {
        if (value == null || !value.isObject() || value.isEmpty()) {
            throw ImportRefusal.invalidProperties("mailboxIds must name at least one mailbox", "mailboxIds");
        }
        List<MailboxId> ids = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> entries = value.fields(); entries.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = entries.next();
            if (!entry.getValue().isBoolean() || !entry.getValue().asBoolean()) {
                throw ImportRefusal.invalidProperties("the value of mailboxId '" + entry.getKey() + "' must be true", "mailboxIds");
            }
            try {
                ids.add(factory.fromString(entry.getKey()));
            } catch (RuntimeException e) {
                throw ImportRefusal.invalidProperties("'" + entry.getKey() + "' is not a mailbox id", "mailboxIds");
            }
        }
        return ids;
    }

    /** RFC 8620 1.4 UTCDate: an RFC 3339 date-time in UTC ("Z"). */
    private static Instant receivedAt(JsonNode value, Instant now) throws ImportRefusal {
        if (value == null || value.isNull()) {
            return now;
        }
        if (!value.isTextual()) {
            throw ImportRefusal.invalidProperties("receivedAt must be a UTCDate string", "receivedAt");
        }
        try {
            return OffsetDateTime.parse(value.asText(), DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            throw ImportRefusal.invalidProperties("receivedAt is not a UTCDate (RFC 8620 1.4): " + value.asText(), "receivedAt");
        }
    }
}
