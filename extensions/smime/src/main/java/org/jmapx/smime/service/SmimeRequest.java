package org.jmapx.smime.service;

/** Which of the two statuses a caller needs: each costs work only when asked for. */
public record SmimeRequest(boolean current, boolean atDelivery) {
    public static final SmimeRequest CURRENT = new SmimeRequest(true, false);
    public static final SmimeRequest AT_DELIVERY = new SmimeRequest(false, true);
    public static final SmimeRequest BOTH = new SmimeRequest(true, true);

    public SmimeRequest or(SmimeRequest other) {
        return new SmimeRequest(current || other.current, atDelivery || other.atDelivery);
    }

    public boolean any() {
        return current || atDelivery;
    }
}
