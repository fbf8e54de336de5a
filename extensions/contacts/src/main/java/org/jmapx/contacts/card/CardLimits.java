package org.jmapx.contacts.card;

import java.util.OptionalInt;

import org.jmapx.engine.query.QueryIndex;

/**
 * The limits of ContactCards.
 *
 * @param maxCardOctets          the largest card, as UTF-8 JSON, a /set may store: larger is tooLarge
 * @param maxAddressBooksPerCard the capability's maxAddressBooksPerCard; empty is null (no limit)
 * @param maxIndexedCards        query-index views kept in memory over all accounts (ADR 0007)
 */
public record CardLimits(int maxCardOctets, OptionalInt maxAddressBooksPerCard, int maxIndexedCards) {
    public static final int DEFAULT_MAX_CARD_OCTETS = 64 * 1024;
    public static final CardLimits DEFAULT =
        new CardLimits(DEFAULT_MAX_CARD_OCTETS, OptionalInt.empty(), QueryIndex.DEFAULT_MAX_VIEWS);

    public CardLimits {
        if (maxCardOctets < 1 || maxIndexedCards < 1
            || (maxAddressBooksPerCard.isPresent() && maxAddressBooksPerCard.getAsInt() < 1)) {
            throw new IllegalArgumentException("card limits must be positive");
        }
    }
}
