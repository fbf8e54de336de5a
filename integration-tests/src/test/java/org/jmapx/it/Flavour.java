package org.jmapx.it;

import java.nio.file.Path;

import org.jmapx.server.Storage;
import org.junit.jupiter.api.extension.ExtensionContext;

/** A server flavour under test: its storage and what its conf/ needs before start. */
public interface Flavour {
    Storage storage();

    void prepare(Path confDirectory, ExtensionContext context) throws Exception;

    Flavour MEMORY = new Flavour() {
        @Override
        public Storage storage() {
            return Storage.MEMORY;
        }

        @Override
        public void prepare(Path confDirectory, ExtensionContext context) {
        }

        @Override
        public String toString() {
            return "memory";
        }
    };
}
