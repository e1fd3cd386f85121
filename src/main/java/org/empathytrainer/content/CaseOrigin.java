package org.empathytrainer.content;

/** Where a case was loaded from: which source, and which file within it. */
public record CaseOrigin(ContentSource source, String file) {}
