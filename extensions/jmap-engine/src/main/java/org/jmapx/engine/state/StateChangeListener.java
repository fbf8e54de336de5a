package org.jmapx.engine.state;

/**
 * Told about every change-log append, so that push (EventSource, WebSocket) can announce the new
 * state. The James binding forwards it to James's event bus; the engine never knows James.
 */
@FunctionalInterface
public interface StateChangeListener {
    StateChangeListener NONE = (accountId, type, newState) -> { };

    void stateChanged(String accountId, String type, String newState);
}
