/**
 * plandoc's data schema (version 2) in JSON and YAML: {@link org.plandoc.render.data.JsonRenderer} and
 * {@link org.plandoc.render.data.YamlRenderer} write it, {@link org.plandoc.render.data.DataReader} reads
 * every version of it from untrusted input, and {@link org.plandoc.render.data.PlandocModule} maps it for any
 * Jackson mapper.
 */
package org.plandoc.render.data;
