package org.jmapx.contacts.jscontact;

import java.util.ArrayList;
import java.util.List;

import org.jmapx.engine.type.PropertyProblem;

/** The problems found in one card, each with the path of its property (RFC 8620 invalidProperties). */
public final class Problems {
    private final List<PropertyProblem> found = new ArrayList<>();

    public void add(String path, String description) {
        found.add(new PropertyProblem(path, description));
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    public List<PropertyProblem> list() {
        return List.copyOf(found);
    }

    /** A JSON-pointer-like path: "/" between segments, and "~"/"/" in a map key escaped as RFC 6901 does. */
    static String child(String path, String key) {
        String escaped = key.replace("~", "~0").replace("/", "~1");
        return path.isEmpty() ? escaped : path + "/" + escaped;
    }
}
