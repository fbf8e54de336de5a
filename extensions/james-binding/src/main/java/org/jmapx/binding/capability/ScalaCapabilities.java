package org.jmapx.binding.capability;

import java.util.Collection;
import java.util.stream.Collectors;

import eu.timepit.refined.api.Refined;
import eu.timepit.refined.string;
import scala.jdk.javaapi.CollectionConverters;

/** Capability URNs as James's Scala API types them: a Set of String Refined Uri. */
public final class ScalaCapabilities {
    private ScalaCapabilities() {
    }

    public static scala.collection.immutable.Set<Refined<String, string.Uri>> of(Collection<String> urns) {
        java.util.Set<Refined<String, string.Uri>> refined = urns.stream()
            .map(urn -> new Refined<String, string.Uri>(urn))
            .collect(Collectors.toSet());
        return CollectionConverters.asScala(refined).toSet();
    }
}
