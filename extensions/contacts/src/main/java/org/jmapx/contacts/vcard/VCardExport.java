package org.jmapx.contacts.vcard;

import java.util.List;

/**
 * The .vcf text of an export and the cards it had to leave out.
 *
 * @param vcf every card that could be written, vCard 4.0
 * @param skipped the cards that could not be written at all, each with why
 */
public record VCardExport(String vcf, List<SkippedCard> skipped) {
    public VCardExport {
        skipped = List.copyOf(skipped);
    }

    /**
     * @param index position of the card in the export
     * @param id the ContactCard id, or null when the writer was given cards without one
     * @param uid the card's uid, or null
     * @param reason why it could not be written
     */
    public record SkippedCard(int index, String id, String uid, String reason) {
    }
}
