/**
 * The data mapping behind {@link org.plandoc.render.data}: one table of the schema's
 * fields ({@link org.plandoc.render.data.internal.Mapping}) that writes JSON and YAML,
 * reads both, and generates the JSON Schema. Not API.
 */
package org.plandoc.render.data.internal;
