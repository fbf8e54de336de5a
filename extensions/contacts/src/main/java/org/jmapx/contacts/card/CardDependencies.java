package org.jmapx.contacts.card;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.jmapx.engine.query.QueryIndex;
import org.jmapx.engine.type.TypeStorage;

/** What the ContactCard rules read besides the card: address books, the other cards, blobs, limits, time. */
record CardDependencies(TypeStorage addressBooks, TypeStorage cards, QueryIndex<ContactCardView> index,
                        BlobExistence blobs, CardLimits limits, Clock clock) {

    /** Now as a JSContact UTCDateTime (RFC 9553 1.4.5: whole seconds print without a fraction). */
    String now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
