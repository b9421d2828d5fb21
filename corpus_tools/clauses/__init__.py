"""Clauses stage: sentences -> prohibition / obligation / permission clauses.

The package follows the document's structure:

  lexicon    tokens and the word lists of cues.json / actors.json / speakers.json,
             built once per Settings (component ``clauses.lexicon``);
  cues       deontic cues in a sentence, with negation, conditions, relative clauses
             and the actor each binds;
  acts       one clause per act inside a sentence (comma-joined acts, enumerations,
             mixed modality, negated continuations, ordinal items);
  lists      lead-ins, list scope and item shape (marked, lettered, unmarked);
  speakers   who says a clause;
  document   the walk over paragraphs that ties them together, and the final ids.

Public entry: :func:`extract_clauses`.
"""
from .document import extract_clauses
from .lexicon import Lexicon, Tok, tokenize

__all__ = ["extract_clauses", "Lexicon", "Tok", "tokenize"]
