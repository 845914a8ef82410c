/**
 * JSON and YAML in plandoc's data schema (version 1): {@link org.plandoc.render.data.JsonRenderer}
 * and {@link org.plandoc.render.data.YamlRenderer}.
 */
package org.plandoc.render.data;
