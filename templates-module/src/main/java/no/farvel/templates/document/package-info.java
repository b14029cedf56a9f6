/**
 * The letter as a small closed tree of blocks and inlines, after pandoc-types: the markup parser builds it, the
 * renderers walk it and must handle every node type.
 */
package no.farvel.templates.document;
