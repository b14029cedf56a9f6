#!/bin/sh
# Writes letter_nb.docx, letter_nn.docx and letter_en.docx anew from the built-in pack's wording
# (templates-module/.../packs/default/messages_*.properties). Run it after changing that wording, then commit the
# documents: WordPackDocumentsTest fails until they match it again. Works from any directory.
set -e
cd "$(dirname "$0")/../.."
exec mvn -B -q -pl samples/word-pack -am test -Dtest=WordPackDocumentsTest -Dsurefire.failIfNoSpecifiedTests=false \
    -Dfarvel.wordpack.regenerate=true "$@"
