"""Norwegian language analysis: the spaCy pipeline, term matching and cue words."""

from .pipeline import detect_language, get_nlp
from .terms import TermIndex, TermMatch, word_matches

__all__ = ["TermIndex", "TermMatch", "detect_language", "get_nlp", "word_matches"]
