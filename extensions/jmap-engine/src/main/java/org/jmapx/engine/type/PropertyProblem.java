package org.jmapx.engine.type;

/** One invalid property of a record, reported in an invalidProperties SetError. */
public record PropertyProblem(String property, String description) {
}
