/**
 * The letter as a small closed tree of blocks and inlines, after pandoc-types: the markup parser builds it, the
 * renderers walk it and must handle every node type. The case file's documents are such trees too; its follow-up
 * calendar is a {@link no.farvel.templates.document.FollowUpCalendar} that a calendar writer walks.
 */
package no.farvel.templates.document;
