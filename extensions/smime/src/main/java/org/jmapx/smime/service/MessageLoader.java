package org.jmapx.smime.service;

import java.util.Collection;

import reactor.core.publisher.Flux;

/** Reads messages by id; ids it cannot read (deleted, not visible) are simply absent from the result. */
@FunctionalInterface
public interface MessageLoader {
    Flux<RawMessage> load(Collection<String> messageIds);
}
