package org.jmapx.binding.api;

import java.util.Optional;

import play.api.libs.json.JsObject;
import scala.jdk.javaapi.CollectionConverters;

/** RFC 8620 3.7: an argument may be given plainly or as a result reference ("#name"), not both. */
final class ArgumentReferences {
    private ArgumentReferences() {
    }

    /** The name given in both forms, if any. */
    static Optional<String> conflict(JsObject arguments) {
        scala.collection.Set<String> names = arguments.keys();
        return CollectionConverters.asJava(names).stream()
            .filter(name -> name.startsWith("#") && names.contains(name.substring(1)))
            .map(name -> name.substring(1))
            .sorted()
            .findFirst();
    }
}
