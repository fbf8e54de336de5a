package org.jmapx.contacts.vcard;

import java.util.List;

/**
 * One BEGIN:VCARD ... END:VCARD block of a file. {@code problems} lists why the block cannot be
 * trusted (malformed line, missing END): such a card is reported and never imported half-read.
 *
 * @param index 0-based position of the card in the file
 * @param firstLine 1-based line number of its BEGIN:VCARD
 * @param version the VERSION value, or null when the card had none
 * @param warnings what was assumed to read the card (e.g. a missing VERSION): reported, not fatal
 */
public record ParsedVCard(int index, int firstLine, String version, List<VCardLine> lines, List<String> problems,
                          List<String> warnings) {
    public boolean isBroken() {
        return !problems.isEmpty();
    }
}
