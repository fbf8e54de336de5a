package org.jmapx.binding.push;

import java.util.Objects;

import org.apache.james.jmap.api.model.State;
import org.apache.james.jmap.api.model.TypeName;

import scala.Option;
import scala.util.Either;
import scala.util.Right;

/**
 * A JMAPX data type as James's push knows types ("AddressBook", "ContactCard"...): registered in
 * James's TypeName multibinder so that EventSource "types=" and WebSocket push accept it.
 */
public final class JmapxTypeName implements TypeName {
    private final String name;

    public JmapxTypeName(String name) {
        this.name = Objects.requireNonNull(name);
    }

    @Override
    public String asString() {
        return name;
    }

    @Override
    public Option<TypeName> parse(String string) {
        return name.equals(string) ? Option.apply(this) : Option.empty();
    }

    @Override
    public Either<IllegalArgumentException, State> parseState(String string) {
        // JMAPX state tokens are opaque strings: any token the change log issued is valid.
        return new Right<>(new JmapxState(string));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JmapxTypeName other && other.name.equals(name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}
